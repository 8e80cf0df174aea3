### Obrazovky, popisky, klávesy a hlášení programu (čeština).

## Obecné

# Název tohoto jazyka, napsaný v tomto jazyce.
ui-language-name = Čeština
ui-step-of = krok { $n } z { $total }
ui-too-small =
    Okno je příliš malé: mailwiz potřebuje alespoň { $min-width }×{ $min-height } znaků a má
    { $width }×{ $height }. Zvětšete ho, nebo program ukončete klávesou q.

## Odpovědi a obrazovky průvodce

# Klávesy, kterými se odpovídá na kontrolu, jako počáteční písmena českých slov: první písmeno každé
# hodnoty se zobrazí na obrazovce, další (oddělená mezerou) fungují také. Klávesy y, n a u fungují
# ve všech jazycích. Žádná nesmí být klávesou jiného příkazu na obrazovce kontroly (s, x, q, c, L, /, ?).
# a = Ano, n = Ne, v = nevím.
ui-key-yes = a y
ui-key-no = n
ui-key-unsure = v u
ui-answer-yes = Ano
ui-answer-no = Ne
ui-answer-unsure = Nevím
ui-advice-heading = Co dělat
ui-unsure-heading = Jak to zjistit
ui-go-on-or-stop = Enter: pokračovat · x: skončit a zobrazit souhrn
ui-resolved = Vyřešeno.
ui-end-of-scenario = Toto je konec scénáře. Souhrn zobrazíte klávesou s, zpět se vrátíte klávesou Esc.
ui-input-hint = Napište nebo vložte a stiskněte Enter.
ui-search-no-match = V katalogu nic neodpovídá. Po stisknutí Enter se text vyhodnotí jako řádek odpovědi serveru.
ui-code-not-recognised = „{ $input }“ není kód odpovědi. Zkuste 550, 4.2.2 nebo chybový řádek z nedoručenky.
ui-code-go-to-step = Otevřít krok „{ $step }“ ({ $scenario })
ui-code-continue = Pokračovat ve scénáři

## Popisky vysvětlení (obrazovka i příkazový řádek)

ui-label-input = Vstup
ui-label-code = Kód
ui-label-enhanced = Rozšířený kód
ui-label-class = Třída
ui-label-category = Oblast
ui-label-who = Kdo řeší
ui-label-causes = Časté příčiny
ui-label-action = Co dělat
ui-label-step = Krok průvodce
ui-label-recipient = Příjemce
ui-label-reason = Příčina
ui-label-server = Server
ui-label-diagnostic = Odpověď serveru
ui-not-in-catalogue = není v katalogu: vysvětleno podle číslic
ui-no-basic-code = základní kód odpovědi chybí: vysvětleno podle rozšířeného kódu
ui-more-below = ▼ pokračování: PgDn
ui-picker-screen = Jazyk obrazovky
ui-picker-caller = Jazyk volajícího
ui-picker-same = stejný jako obrazovka
ui-caller-language = volající: { $language }
ui-observed = Podle zadané odpovědi serveru: { $answer }
ui-observed-take = Enter tuto odpověď přijme; klávesy níže odpoví jinak.
ui-step-in-scenario = „{ $step }“ ve scénáři { $scenario }
ui-enhanced-only-summary = Rozšířený stavový kód { $enhanced } ({ $class }). Oblast problému: { $subject }.

## Oblast rozšířeného stavového kódu (jeho druhé číslo, RFC 3463)

ui-subject-0 = blíže neurčeno
ui-subject-1 = adresa
ui-subject-2 = schránka
ui-subject-3 = poštovní systém
ui-subject-4 = síť nebo směrování
ui-subject-5 = protokol pro doručování pošty
ui-subject-6 = obsah nebo formát zprávy
ui-subject-7 = zabezpečení nebo zásady

## Seznam kódů

ui-codes-heading = Kódy odpovědí SMTP: { $count }
ui-codes-class-heading = { $class } ({ $digit }xx)
ui-enhanced-heading = Rozšířené stavové kódy: { $count } (X je 2 pro úspěch, 4 pro dočasnou a 5 pro trvalou chybu)
ui-recipients-failed = { $count ->
    [one] Jednomu příjemci se zprávu nepodařilo doručit.
    [few] { $count } příjemcům se zprávu nepodařilo doručit.
    [many] { $count } příjemce se zprávu nepodařilo doručit.
   *[other] { $count } příjemcům se zprávu nepodařilo doručit.
}
ui-no-recipient = Zpráva neuvádí příjemce, jemuž se ji nepodařilo doručit; její text je vysvětlen jako jedna odpověď serveru.

## Souhrn

ui-summary-title = Souhrn
ui-summary-heading = Souhrn relace mailwiz
ui-summary-gather = Před kontaktováním podpory si připravte
ui-summary-nothing = zatím nic

## Chyby

ui-error-empty-input = Není co vysvětlit: zadejte kód odpovědi, rozšířený kód nebo řádek z nedoručenky.
ui-error-not-a-code =
    „{ $input }“ není kód odpovědi SMTP. Zadejte kód od 200 do 599 (například 550), rozšířený kód
    (například 5.1.1) nebo celý řádek odpovědi.
ui-error-unknown-language = Jazyk „{ $lang }“ není podporován. Podporované jsou: { $supported }.
ui-error-profile = Profil { $file } nelze použít: řádek { $line }: { $reason }
ui-error-profile-unreadable = Profil { $file } nelze načíst: { $reason }
ui-error-profile-invalid = Profil { $file } nelze použít: { $reason }
ui-error-summary-write = Souhrn se nepodařilo uložit do souboru { $file }: { $reason }
ui-error-restricted-profile = V omezeném režimu nelze použít --profile. Program čte jen profil správce ({ $path }); když tento soubor neexistuje, použije vestavěný profil.
ui-error-restricted-summary = V omezeném režimu lze souhrn vypsat jen na standardní výstup: místo názvu souboru zadejte --summary -.
ui-error-restricted-file = V omezeném režimu se nečtou žádné soubory: vložte nedoručenku, nebo ji předejte na standardní vstup příkazem explain -.
ui-error-not-a-terminal = Průvodce potřebuje terminál. Chcete-li vysvětlit kód bez něj, použijte: mailwiz explain 550
ui-error-terminal = Terminál přestal fungovat: { $reason }
ui-error-dumb-terminal = Průvodce potřebuje terminál, který umí vykreslit celou obrazovku, a TERM („{ $term }“) uvádí, že tento to neumí. Chcete-li vysvětlit kód bez průvodce, použijte: mailwiz explain 550
ui-error-summary-exists = Soubor { $file } už existuje a souhrn nikdy nepřepisuje existující soubor. Zadejte nový název souboru, nebo --summary - pro standardní výstup.
ui-error-output = Výstup se nepodařilo zapsat: { $reason }
ui-error-stdin = Standardní vstup se nepodařilo přečíst: { $reason }
ui-error-message-file = Soubor { $file } nelze přečíst: { $reason }

## Klávesy: co která klávesa dělá (zápatí a nápověda)

help-title = Klávesy
help-close = Klávesa q ukončí program, libovolná jiná zavře nápovědu.
help-move = pohyb
help-choose = vybrat
help-pick = vybrat číslem
help-yes = ano
help-no = ne
help-unsure = nevím
help-scroll = posouvání
help-page = o stránku nahoru nebo dolů
help-back = zpět
help-lookup = vyhledat kód
help-language = jazyk
help-caller-language = jazyk volajícího
help-summary = souhrn
help-help = nápověda
help-quit = konec
help-go-on = pokračovat
help-stop = skončit, souhrn
help-copy = kopírovat do schránky
help-explain = vysvětlit

## A summary for a ticket

ui-summary-started = Zahájeno
ui-summary-version = Verze
ui-summary-profile = Profil
ui-summary-profile-embedded = vestavěný výchozí, { $provider }
ui-summary-profile-file = { $file }, { $provider }
ui-summary-caller = Jazyk komunikace se zákazníkem
ui-summary-outcome = Výsledek
ui-summary-outcome-solved = vyřešeno ({ $step })
ui-summary-outcome-escalate = nevyřešeno: předejte podpoře ({ $step })
ui-summary-outcome-unfinished = nedokončeno; pokud problém přetrvá, předejte ho podpoře ({ $step })
ui-summary-outcome-open = nedokončeno; nebyl zahájen žádný scénář
ui-summary-problems = Problémy, diagnózy a poskytnuté rady
ui-summary-problem = Problém
ui-summary-diagnosis = Diagnóza
ui-summary-advice = Poskytnutá rada
ui-summary-steps = Kroky a odpovědi
ui-summary-named-in-error = { $value } (uvedeno v chybovém hlášení)
ui-summary-copied = Souhrn byl odeslán do schránky terminálu (OSC 52).
ui-summary-copy-help =
    Pokud se nic nevloží, terminál OSC 52 ignoruje. V tmuxu ho zapnete příkazem:
      tmux set -g set-clipboard on
    Můžete také spustit mailwiz s volbou --summary SOUBOR nebo text označit myší.
ui-quit-title = Konec
ui-quit-question = Chcete mailwiz ukončit?
ui-quit-summary-file = Souhrn se zapíše do souboru { $file }.
ui-quit-summary-stdout = Souhrn se vypíše, jakmile se terminál obnoví.
ui-quit-summary-nowhere = Souhrn je jen na obrazovce. Chcete-li ho zachovat, stiskněte Esc, potom s pro zobrazení a c pro zkopírování.

## Issue 13, part 2: the lookup

# Ctrl-U in the lookup: empties the field.
help-clear = vymazat pole
# mailwiz search found nothing for the words given.
ui-error-no-match = Hledání „{ $query }“ nic nenašlo. Zkuste jiná slova, kód (například 550) nebo rozšířený kód (například 5.7.1).
