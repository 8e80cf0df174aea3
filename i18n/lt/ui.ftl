### Programos ekranai, etiketės, klavišai ir pranešimai (lietuvių kalba).

## General

# The name of this language, written in the language itself.
ui-language-name = Lietuvių
ui-step-of = žingsnis { $n }/{ $total }
ui-too-small =
    Langas per mažas: programai mailwiz reikia bent { $min-width }×{ $min-height } ženklų lango, o
    dabartinis yra { $width }×{ $height }. Padidinkite langą arba paspauskite q, kad išeitumėte.

## Answers and screens of the wizard

# The keys that answer a check, as the initials of this language's words: the first letter of
# each value is shown on screen, the others (separated by spaces) work too. y, n and u answer in
# every language. None may be a key of another command on a check screen (s, x, q, c, L, /, ?).
# t = Taip, n = Ne, ž = nežinau (z – klaviatūroms be ž).
ui-key-yes = t y
ui-key-no = n
ui-key-unsure = ž z u
ui-answer-yes = Taip
ui-answer-no = Ne
ui-answer-unsure = Nežinau
ui-advice-heading = Ką daryti
ui-unsure-heading = Kaip sužinoti
ui-go-on-or-stop = Enter: tęsti · x: sustoti ir peržiūrėti santrauką
ui-resolved = Išspręsta.
ui-end-of-scenario = Scenarijus baigtas. Paspauskite s, kad peržiūrėtumėte santrauką, arba Esc, kad grįžtumėte.
ui-input-hint = Įveskite ar įklijuokite ir paspauskite Enter.
ui-search-no-match = Kataloge atitikmenų nerasta. Paspauskite Enter, kad įvestis būtų išnagrinėta kaip atsakymo eilutė.
ui-code-not-recognised = Tai ne atsakymo kodas: „{ $input }“. Pabandykite 550, 4.2.2 arba klaidos eilutę iš grąžinto laiško.
ui-code-go-to-step = Atidaryti žingsnį „{ $step }“ ({ $scenario })
ui-code-continue = Tęsti scenarijų

## Labels of an explanation (screen and command line)

ui-label-input = Įvestis
ui-label-code = Kodas
ui-label-enhanced = Išplėstinis kodas
ui-label-class = Klasė
ui-label-category = Sritis
ui-label-who = Kas sprendžia
ui-label-causes = Dažnos priežastys
ui-label-action = Ką daryti
ui-label-step = Vedlio žingsnis
ui-label-recipient = Gavėjas
ui-label-reason = Priežastis
ui-label-server = Serveris
ui-label-diagnostic = Serverio atsakymas
ui-not-in-catalogue = kataloge nėra: paaiškinta pagal skaitmenis
ui-no-basic-code = pagrindinis atsakymo kodas nenurodytas: paaiškinta pagal išplėstinį kodą
ui-more-below = ▼ toliau: PgDn
ui-picker-screen = Ekrano kalba
ui-picker-caller = Skambinančiojo kalba
ui-picker-same = tokia pati kaip ekrano
ui-caller-language = skambinantysis: { $language }
ui-observed = Pagal jūsų pateiktą serverio atsakymą: { $answer }
ui-observed-take = Enter priima šį atsakymą; žemiau esantys klavišai leidžia atsakyti kitaip.
ui-step-in-scenario = „{ $step }“ scenarijuje „{ $scenario }“
ui-enhanced-only-summary = Išplėstinė būsena { $enhanced } ({ $class }): problemos sritis – { $subject }.

## The subject of an enhanced status code (its second number, RFC 3463)

ui-subject-0 = nenurodyta
ui-subject-1 = adresas
ui-subject-2 = pašto dėžutė
ui-subject-3 = pašto sistema
ui-subject-4 = tinklas ar maršruto parinkimas
ui-subject-5 = pašto pristatymo protokolas
ui-subject-6 = laiško turinys ar formatas
ui-subject-7 = saugumas ar taisyklės

## The list of codes

ui-codes-heading = SMTP atsakymo kodai: { $count }
ui-codes-class-heading = { $class } ({ $digit }xx)

ui-enhanced-heading = Išplėstiniai būsenos kodai: { $count } (X – 2 sėkmei, 4 laikinai klaidai, 5 nuolatinei klaidai)
ui-recipients-failed = { $count ->
    [one] Nepavyko pristatyti { $count } gavėjui.
    [few] Nepavyko pristatyti { $count } gavėjams.
   *[other] Nepavyko pristatyti { $count } gavėjų.
}
ui-no-recipient = Laiške nenurodytas gavėjas, kuriam nepavyko pristatyti; jo tekstas paaiškinamas kaip vienas serverio atsakymas.

## The summary

ui-summary-title = Santrauka
ui-summary-heading = mailwiz seanso santrauka
ui-summary-gather = Ką surinkti prieš kreipiantis į pagalbos tarnybą
ui-summary-nothing = kol kas nieko

## Errors

ui-error-empty-input = Nėra ką paaiškinti: nurodykite atsakymo kodą, išplėstinį kodą arba grąžinto laiško eilutę.
ui-error-not-a-code =
    „{ $input }“ nėra SMTP atsakymo kodas. Nurodykite kodą nuo 200 iki 599 (pvz., 550), išplėstinį
    kodą (pvz., 5.1.1) arba visą atsakymo eilutę.
ui-error-unknown-language = Nepalaikoma kalba „{ $lang }“. Pasirinkite vieną iš: { $supported }.
ui-error-profile = Profilio { $file } naudoti negalima: eilutė { $line }: { $reason }
ui-error-profile-unreadable = Nepavyko perskaityti profilio { $file }: { $reason }
ui-error-profile-invalid = Profilio { $file } naudoti negalima: { $reason }
ui-error-summary-write = Nepavyko įrašyti santraukos į { $file }: { $reason }
ui-error-restricted-profile = Ribotoje veiksenoje parinkties --profile naudoti negalima. Skaitomas tik administratoriaus profilis { $path }, o jei tokio failo nėra, naudojamas įtaisytasis profilis.
ui-error-restricted-summary = Ribotoje veiksenoje santrauką galima išvesti tik į standartinę išvestį: vietoj failo vardo nurodykite --summary -.
ui-error-restricted-file = Ribotoje veiksenoje failai neskaitomi: įklijuokite grąžintą laišką arba perduokite jį į standartinę įvestį komanda explain -.
ui-error-not-a-terminal = Vedliui reikia terminalo. Norėdami paaiškinti kodą be jo, naudokite: mailwiz explain 550
ui-error-terminal = Terminalas nustojo veikti: { $reason }
ui-error-dumb-terminal = Vedliui reikia terminalo, galinčio piešti visą ekraną, o TERM („{ $term }“) rodo, kad šis to negali. Norėdami paaiškinti kodą be vedlio, naudokite: mailwiz explain 550
ui-error-summary-exists = Failas { $file } jau yra, o santrauka niekada nepakeičia esamo failo. Nurodykite naują failo pavadinimą arba --summary -, kad santrauka būtų išvesta į standartinę išvestį.
ui-error-output = Nepavyko išvesti rezultato: { $reason }
ui-error-stdin = Nepavyko nuskaityti standartinės įvesties: { $reason }
ui-error-message-file = Nepavyko perskaityti failo { $file }: { $reason }

## Keys: what each key does (footer and help overlay)

help-title = Klavišai
help-close = Paspauskite q, kad išeitumėte, arba bet kurį kitą klavišą, kad uždarytumėte žinyną.
help-move = judėti
help-choose = pasirinkti
help-pick = pasirinkti numeriu
help-yes = taip
help-no = ne
help-unsure = nežinau
help-scroll = slinkti
help-page = puslapiu aukštyn arba žemyn
help-back = atgal
help-lookup = ieškoti kodo
help-language = kalba
help-caller-language = skambinančiojo kalba
help-summary = santrauka
help-help = žinynas
help-quit = išeiti
help-go-on = tęsti
help-stop = sustoti, santrauka
help-copy = kopijuoti į iškarpinę
help-explain = paaiškinti

## A summary for a ticket

ui-summary-started = Pradėta
ui-summary-version = Versija
ui-summary-profile = Profilis
ui-summary-profile-embedded = numatytasis įtaisytasis, { $provider }
ui-summary-profile-file = { $file }, { $provider }
ui-summary-caller = Kalba, kuria aptarnautas klientas
ui-summary-outcome = Rezultatas
ui-summary-outcome-solved = išspręsta ({ $step })
ui-summary-outcome-escalate = neišspręsta: perduokite pagalbos tarnybai ({ $step })
ui-summary-outcome-unfinished = nebaigta; jei problema išliks, perduokite ją pagalbos tarnybai ({ $step })
ui-summary-outcome-open = nebaigta; nepradėtas nė vienas scenarijus
ui-summary-problems = Problemos, diagnozės ir pateikti patarimai
ui-summary-problem = Problema
ui-summary-diagnosis = Diagnozė
ui-summary-advice = Pateiktas patarimas
ui-summary-steps = Žingsniai ir atsakymai
ui-summary-named-in-error = { $value } (nurodyta klaidos pranešime)
ui-summary-copied = Santrauka išsiųsta į terminalo iškarpinę (OSC 52).
ui-summary-copy-help =
    Jei nieko neįklijuojama, terminalas OSC 52 nepaiso. Naudodami tmux, įjunkite jį komanda:
      tmux set -g set-clipboard on
    Taip pat galite paleisti mailwiz su parinktimi --summary FAILAS arba pažymėti tekstą pele.
ui-quit-title = Išėjimas
ui-quit-question = Ar norite išeiti iš mailwiz?
ui-quit-summary-file = Santrauka bus įrašyta į failą { $file }.
ui-quit-summary-stdout = Santrauka bus išvesta, kai bus atkurtas terminalas.
ui-quit-summary-nowhere = Santrauka yra tik ekrane. Kad ją išsaugotumėte, paspauskite Esc, tada s, kad ją peržiūrėtumėte, ir c, kad ją nukopijuotumėte.

## Issue 13, part 2: the lookup

# Ctrl-U in the lookup: empties the field.
help-clear = išvalyti lauką
# mailwiz search found nothing for the words given.
ui-error-no-match = Pagal „{ $query }“ nieko nerasta. Pabandykite kitus žodžius, kodą (pvz., 550) arba išplėstinį kodą (pvz., 5.7.1).
