//! The pure state machine of the wizard (see DESIGN.md "The state machine").
