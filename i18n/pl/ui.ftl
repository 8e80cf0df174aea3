### Ekrany, etykiety, klawisze i komunikaty programu (Polish, polski).

## Ogólne

# The name of this language, written in the language itself.
ui-language-name = Polski
ui-step-of = krok { $n } z { $total }
ui-too-small =
    Okno jest za małe: mailwiz potrzebuje co najmniej { $min-width }×{ $min-height } znaków, a ma
    { $width }×{ $height }. Powiększ okno albo naciśnij q, aby wyjść.

## Odpowiedzi i ekrany kreatora

# Klawisze odpowiedzi to pierwsze litery polskich słów: t = Tak, n = Nie, w = nie Wiem. Na ekranie
# widać pierwszą literę każdej wartości; pozostałe (y, u) też działają. Żadna nie może być klawiszem
# innego polecenia na ekranie pytania (s, x, q, c, L, /, ?).
ui-key-yes = t y
ui-key-no = n
ui-key-unsure = w u
ui-answer-yes = Tak
ui-answer-no = Nie
ui-answer-unsure = Nie wiem
ui-advice-heading = Co zrobić
ui-unsure-heading = Jak to sprawdzić
ui-go-on-or-stop = Enter: dalej · x: zakończ tutaj i pokaż podsumowanie
ui-resolved = Rozwiązane.
ui-end-of-scenario = Koniec scenariusza. Naciśnij s, by zobaczyć podsumowanie, lub Esc, by wrócić.
ui-input-hint = Wpisz lub wklej, a potem naciśnij Enter.
ui-search-no-match = Nic w katalogu nie pasuje. Naciśnij Enter, aby potraktować tekst jako wiersz odpowiedzi serwera.
ui-code-not-recognised = „{ $input }” to nie kod odpowiedzi. Wpisz np. 550, 4.2.2 lub wiersz błędu ze zwrotki.
ui-code-go-to-step = Otwórz krok „{ $step }” ({ $scenario })
ui-code-continue = Kontynuuj scenariusz

## Etykiety wyjaśnienia (ekran i wiersz poleceń)

ui-label-input = Wpisano
ui-label-code = Kod
ui-label-enhanced = Kod rozszerzony
ui-label-class = Klasa
ui-label-category = Dotyczy
ui-label-who = Kto ma działać
ui-label-causes = Typowe przyczyny
ui-label-action = Co zrobić
ui-label-step = Krok kreatora
ui-label-recipient = Odbiorca
ui-label-reason = Przyczyna
ui-label-server = Serwer
ui-label-diagnostic = Odpowiedź serwera
ui-not-in-catalogue = brak w katalogu: wyjaśnienie na podstawie cyfr
ui-no-basic-code = brak podstawowego kodu odpowiedzi: wyjaśnienie na podstawie kodu rozszerzonego
ui-more-below = ▼ dalej: PgDn
ui-picker-screen = Język ekranu
ui-picker-caller = Język rozmówcy
ui-picker-same = taki sam jak ekranu
ui-caller-language = rozmówca: { $language }
ui-observed = Według podanej odpowiedzi serwera: { $answer }
ui-observed-take = Enter przyjmuje tę odpowiedź; klawisze poniżej pozwalają odpowiedzieć inaczej.
ui-step-in-scenario = „{ $step }” ({ $scenario })
ui-enhanced-only-summary = Rozszerzony kod statusu { $enhanced } ({ $class }): problem dotyczy { $subject }.

## Czego dotyczy rozszerzony kod statusu (jego druga liczba, RFC 3463); w dopełniaczu, po „dotyczy”

ui-subject-0 = nieokreślonej kwestii
ui-subject-1 = adresu
ui-subject-2 = skrzynki pocztowej
ui-subject-3 = systemu pocztowego
ui-subject-4 = sieci lub routingu
ui-subject-5 = protokołu doręczania poczty
ui-subject-6 = treści lub formatu wiadomości
ui-subject-7 = bezpieczeństwa lub zasad

## Lista kodów

ui-codes-heading = Kody odpowiedzi SMTP: { $count }
ui-codes-class-heading = { $class } ({ $digit }xx)
ui-enhanced-heading = Rozszerzone kody statusu: { $count } (X to 2 dla sukcesu, 4 dla błędu tymczasowego, 5 dla trwałego)
ui-recipients-failed = { $count ->
    [one] Nie doręczono do jednego odbiorcy.
    [few] Nie doręczono do { $count } odbiorców.
    [many] Nie doręczono do { $count } odbiorców.
   *[other] Nie doręczono do { $count } odbiorcy.
}
ui-no-recipient = Wiadomość nie wskazuje odbiorcy, do którego nie doręczono poczty; jej treść jest wyjaśniona jako jedna odpowiedź serwera.

## Podsumowanie

ui-summary-title = Podsumowanie
ui-summary-heading = Podsumowanie sesji mailwiz
ui-summary-gather = Przed kontaktem z pomocą techniczną przygotuj
ui-summary-nothing = na razie nic

## Błędy

ui-error-empty-input = Nie ma czego wyjaśniać: podaj kod odpowiedzi, kod rozszerzony lub wiersz ze zwrotki.
ui-error-not-a-code =
    „{ $input }” to nie jest kod odpowiedzi SMTP. Podaj kod od 200 do 599 (np. 550), kod rozszerzony
    (np. 5.1.1) lub cały wiersz odpowiedzi.
ui-error-unknown-language = Nieobsługiwany język „{ $lang }”. Dostępne języki: { $supported }.
ui-error-profile = Nie można użyć profilu { $file }: wiersz { $line }: { $reason }
ui-error-profile-unreadable = Nie można odczytać profilu { $file }: { $reason }
ui-error-profile-invalid = Nie można użyć profilu { $file }: { $reason }
ui-error-summary-write = Nie udało się zapisać podsumowania w pliku { $file }: { $reason }
ui-error-restricted-profile = W trybie ograniczonym nie można podać --profile. Program czyta tylko profil administratora, { $path }, a gdy tego pliku nie ma, korzysta z profilu wbudowanego.
ui-error-restricted-summary = W trybie ograniczonym podsumowanie można wypisać tylko na standardowe wyjście: zamiast nazwy pliku podaj --summary -.
ui-error-restricted-file = W trybie ograniczonym nie można czytać plików: wklej zwrotkę albo przekaż ją na standardowe wejście poleceniem explain -.
ui-error-not-a-terminal = Kreator wymaga terminala. Aby wyjaśnić kod bez niego, użyj: mailwiz explain 550
ui-error-terminal = Terminal przestał działać: { $reason }
ui-error-dumb-terminal = Kreator wymaga terminala, który potrafi rysować cały ekran, a TERM („{ $term }”) wskazuje, że ten tego nie potrafi. Aby wyjaśnić kod bez kreatora, użyj: mailwiz explain 550
ui-error-summary-exists = Plik { $file } już istnieje, a podsumowanie nigdy nie zastępuje istniejącego pliku. Podaj nową nazwę pliku albo --summary -, aby wypisać je na standardowe wyjście.
ui-error-output = Nie udało się zapisać wyniku: { $reason }
ui-error-stdin = Nie udało się odczytać standardowego wejścia: { $reason }
ui-error-message-file = Nie można odczytać pliku { $file }: { $reason }

## Klawisze: co robi każdy z nich (stopka i okno pomocy)

help-title = Klawisze
help-close = q kończy pracę; każdy inny klawisz zamyka pomoc.
help-move = nawigacja
help-choose = wybierz
help-pick = wybór numerem
help-yes = tak
help-no = nie
help-unsure = nie wiem
help-scroll = przewijanie
help-page = strona w górę lub w dół
help-back = wstecz
help-lookup = sprawdź kod
help-language = język
help-caller-language = język rozmówcy
help-summary = podsumowanie
help-help = pomoc
help-quit = wyjdź
help-go-on = dalej
help-stop = zakończ, podsumowanie
help-copy = kopiuj do schowka
help-explain = wyjaśnij

## A summary for a ticket

ui-summary-started = Rozpoczęto
ui-summary-version = Wersja
ui-summary-profile = Profil
ui-summary-profile-embedded = wbudowany domyślny, { $provider }
ui-summary-profile-file = { $file }, { $provider }
ui-summary-caller = Język obsługi klienta
ui-summary-outcome = Wynik
ui-summary-outcome-solved = rozwiązane ({ $step })
ui-summary-outcome-escalate = nierozwiązane: przekaż sprawę pomocy technicznej ({ $step })
ui-summary-outcome-unfinished = niedokończone; jeśli problem się utrzyma, przekaż sprawę pomocy technicznej ({ $step })
ui-summary-outcome-open = niedokończone; nie rozpoczęto żadnego scenariusza
ui-summary-problems = Problemy, diagnozy i udzielone porady
ui-summary-problem = Problem
ui-summary-diagnosis = Diagnoza
ui-summary-advice = Udzielona porada
ui-summary-steps = Kroki i odpowiedzi
ui-summary-named-in-error = { $value } (podane w treści błędu)
ui-summary-copied = Podsumowanie wysłano do schowka terminala (OSC 52).
ui-summary-copy-help =
    Jeśli nic się nie wkleja, terminal ignoruje OSC 52. W tmux włączysz je poleceniem:
      tmux set -g set-clipboard on
    Możesz też uruchomić mailwiz z opcją --summary PLIK albo zaznaczyć tekst myszą.
ui-quit-title = Wyjście
ui-quit-question = Zakończyć pracę z mailwiz?
ui-quit-summary-file = Podsumowanie zostanie zapisane w pliku { $file }.
ui-quit-summary-stdout = Podsumowanie zostanie wypisane po przywróceniu terminala.
ui-quit-summary-nowhere = Podsumowanie jest tylko na ekranie. Aby je zachować, naciśnij Esc, potem s, by je wyświetlić, i c, by je skopiować.

## Issue 13, part 2: the lookup

# Ctrl-U in the lookup: empties the field.
help-clear = wyczyść pole
# mailwiz search found nothing for the words given.
ui-error-no-match = Nic nie pasuje do „{ $query }”. Spróbuj innych słów, kodu (np. 550) lub kodu rozszerzonego (np. 5.7.1).
