### Nápověda příkazového řádku (čeština): co o každém příkazu a volbě říká `mailwiz --help`,
### `mailwiz PŘÍKAZ --help`, manuálová stránka a doplňování příkazů v shellu.
###
### Identifikátory: cli-<příkaz>-about je řádek příkazu v seznamu příkazů a první řádek jeho
### nápovědy; cli-<příkaz>-long, pokud existuje, je celý popis, který ukáže jeho --help;
### cli-<příkaz>-arg-<volba> je text volby nebo argumentu (volby před jakýmkoli příkazem patří
### příkazu „mailwiz“); cli-value-<název> je název zobrazený pro hodnotu (<SOUBOR>).
### Možné a výchozí hodnoty doplňuje program sám, například „[výchozí: text]“.

## Před jakýmkoli příkazem: průvodce

cli-mailwiz-about = Zjistí, proč nejde odesílat nebo přijímat poštu, a vysvětlí odpovědi SMTP serverů a nedoručenky.
cli-mailwiz-long =
    Průvodce ovládaný klávesnicí, který krok za krokem zjistí, proč nejde odesílat nebo přijímat
    poštu: prověří DNS, blacklisty, poštovní servery i samotný poštovní log a vysvětlí odpovědi SMTP
    serverů a nedoručenky. Bez příkazu se spustí průvodce.
cli-mailwiz-arg-lang = Jazyk: en, pl, lt, fi nebo cs (výchozí: podle LC_ALL, LC_MESSAGES nebo LANG, jinak en)
cli-mailwiz-arg-profile = Profil poskytovatele (TOML), který se použije místo profilu nalezeného v ~/.config/mailwiz/ nebo /etc/mailwiz/
cli-mailwiz-arg-caller-lang = Jazyk volajícího, pokud mluví jiným jazykem než vy: otázky a vysvětlení průvodce budou v něm, vše ostatní v jazyce z --lang (klávesa C v průvodci)
cli-mailwiz-arg-summary = Po skončení průvodce zapíše souhrn relace do SOUBORU (- pro standardní výstup)
cli-mailwiz-arg-summary-format = Jak --summary souhrn zapíše: text (jako na obrazovce), markdown (do tiketu) nebo json
cli-mailwiz-arg-domain = Doména zákazníka, jejíž MX, SPF, DKIM a DMARC záznamy průvodce zkontroluje
cli-mailwiz-arg-ip = IP adresa odesílajícího serveru, jejíž PTR záznam a výskyt na blacklistech průvodce zkontroluje
cli-mailwiz-arg-wizard-resolver = DNS server, kterého se průvodce ptá (výchozí: systémové DNS resolvery)
cli-mailwiz-arg-wizard-offline = Vypne online kontroly: výsledek každé kontroly průvodci zadáte sami
cli-mailwiz-arg-restricted = Omezený režim pro ForceCommand v sshd_config (také MAILWIZ_RESTRICTED=1): čte jen vestavěná data a /etc/mailwiz/profile.toml, souhrn vypisuje jen na standardní výstup
cli-mailwiz-arg-generate = Vypíše manuálovou stránku nebo doplňování příkazů pro shell, vytvořené z téže definice
cli-mailwiz-arg-help = Vypíše nápovědu (--help: úplnou)
cli-mailwiz-arg-help-long = Vypíše nápovědu (-h: stručnou)
cli-mailwiz-arg-version = Vypíše verzi a revizi znalostní báze

## explain

cli-explain-about = Vysvětlí kódy odpovědí, rozšířené kódy a chybové řádky z nedoručenek
cli-explain-long =
    Vysvětlí kódy odpovědí (550), rozšířené stavové kódy (5.1.1) nebo chybové řádky z nedoručenek:
    co server sdělil, kdo to má řešit a co udělat. Více kódů nebo řádků vysvětlí jeden po druhém.
    Zadáte-li -, čte standardní vstup; ten může obsahovat i celou nedoručenku.
cli-explain-arg-input = Kód, řádek odpovědi nebo chybový řádek z nedoručenky; - pro standardní vstup
cli-explain-arg-format = Výstup: text, nebo json s jedním objektem na řádek
cli-explain-arg-file = Nedoručenka (.eml) nebo mbox s více nedoručenkami; vysvětlí je příjemce po příjemci

## search

cli-search-about = Prohledá kódy a rozpoznávané texty odmítnutí
cli-search-long =
    Hledá v kódech odpovědí, rozšířených stavových kódech a rozpoznávaných textech odmítnutí slova,
    kód nebo jeho začátek (55, 5.7.) a výsledky řadí od nejlepší shody, stejně jako hledání kódu
    v průvodci. Návratový kód je 0, pokud něco najde, a 2, pokud nic.
cli-search-arg-words = Slova, kód nebo jeho začátek
cli-search-arg-format = Výstup: text, nebo json s jedním objektem na řádek

## check

cli-check-about = Prověří DNS, blacklisty a poštovní servery domény, adresy či serveru
cli-check-long =
    Přesvědčte se sami: DNS záznamy (MX, SPF, DMARC, DKIM, PTR), blacklisty a poštovní servery
    (SMTP, IMAP, POP3: úvodní pozdrav, STARTTLS, certifikát, metody přihlášení) každého cíle, i s
    podklady. Nikdy se neodesílá žádná zpráva ani heslo. Návratový kód je 0, pokud kontroly
    proběhly, ať zjistily cokoli.
cli-check-arg-targets = Doména, e-mailová adresa, IP adresa nebo server: jeho název, případně s portem, za smtp://, submission://, smtps://, imap://, imaps://, pop3:// nebo pop3s://; mx://DOMÉNA pro první MX server domény
cli-check-arg-format = Výstup: text, nebo json s jedním objektem na řádek
cli-check-arg-resolver = DNS server pro dotazy (výchozí: systémové DNS resolvery)
cli-check-arg-dnsbl = Zóna DNS blacklistu, ve které se IP adresa vyhledá (lze opakovat; výchozí: z profilu)
cli-check-arg-dkim-selector = Selektor DKIM, který se u domény vyhledá (lze opakovat; kromě selektorů z profilu)
cli-check-arg-timeout = Kolik sekund (1 až 60) smí trvat jeden DNS dotaz nebo jedna odpověď serveru
cli-check-arg-offline = Vypne online kontroly: každá kontrola se vypíše jako přeskočená

## logs

cli-logs-about = Přečte poštovní log: doručení, chyby podle příčin a jejich řešení
cli-logs-long =
    Přečte poštovní log za vás: spočítá doručení z Postfixu, Eximu, Sendmailu, OpenSMTPD a Courieru,
    neúspěšná roztřídí podle příčiny i s tím, jak příčinu odstranit, a vypíše domény příjemců. Čte
    nekomprimované soubory i .gz a ze standardního vstupu (-) také výstup journalctl -o json nebo
    -o export.
cli-logs-arg-files = Soubor logu, nekomprimovaný nebo .gz, nebo - pro standardní vstup (výchozí: log z profilu, jinak /var/log/maillog nebo /var/log/mail.log)
cli-logs-arg-format = Výstup: text, nebo json
cli-logs-arg-since = Jen záznamy od tohoto času: 2026-11-30, "2026-11-30 14:00" nebo jak dlouho zpět, například 24h nebo 7d
cli-logs-arg-until = Jen záznamy před tímto časem (zadává se stejně jako u --since)
cli-logs-arg-address = Jen doručení na tuto adresu nebo z ní; u samotné domény na adresy v ní nebo z nich

## profile

cli-profile-about = Vypíše použitý profil a jeho původ, nebo zkontroluje zadaný profil
cli-profile-long =
    Vypíše použitý profil a odkud pochází: zadaný volbou --profile, vlastní profil uživatele
    ~/.config/mailwiz/profile.toml, /etc/mailwiz/profile.toml, nebo vestavěný. S --check SOUBOR
    zkontroluje daný soubor a vypíše každou chybu i s číslem řádku.
cli-profile-arg-check = Zkontroluje tento profil, místo aby vypsal použitý

## codes

cli-codes-about = Vypíše všechny kódy odpovědí z katalogu, nebo rozšířené stavové kódy
cli-codes-arg-format = Výstup: text, nebo json s jedním objektem na řádek
cli-codes-arg-enhanced = Místo nich vypíše rozšířené stavové kódy (X.Y.Z) z registru

## help

cli-help-about = Vypíše nápovědu k mailwiz nebo k některému z jeho příkazů
cli-help-arg-command = Příkaz, jehož nápověda se má vypsat

## Názvy hodnot

cli-value-lang = JAZYK
cli-value-file = SOUBOR
cli-value-format = FORMÁT
cli-value-domain = DOMÉNA
cli-value-ip = IP
cli-value-ip-port = IP[:PORT]
cli-value-kind = TYP
cli-value-path = CESTA
cli-value-input = VSTUP
cli-value-words = SLOVA
cli-value-zone = ZÓNA
cli-value-selector = SELEKTOR
cli-value-secs = SEKUNDY
cli-value-time = ČAS
cli-value-address = ADRESA
cli-value-target = CÍL
cli-value-command = PŘÍKAZ

## Manuálová stránka (mailwiz --generate man): název příručky, nadpisy oddílů (na stránce se píší
## velkými písmeny) a oddíly, které neříkají volby. Názvy voleb, příkazů, klíčů, souborů
## a proměnných prostředí zůstávají beze změny.

cli-man-manual = Příručka programu mailwiz
cli-man-name = Jméno
cli-man-synopsis = Použití
cli-man-description = Popis
cli-man-keys = Klávesy v průvodci
cli-man-keys-text = Průvodce se ovládá jednotlivými klávesami. Zápatí ukazuje klávesy dané obrazovky a klávesa ? vypíše všechny.
cli-man-profile = Profil
cli-man-profile-text =
    Údaje o poskytovateli (limity, adresy, poštovní servery, blacklisty, poštovní log) se berou
    z profilu zadaného volbou --profile SOUBOR, jinak z $XDG_CONFIG_HOME/mailwiz/profile.toml (nebo
    ~/.config/mailwiz/profile.toml), jinak z /etc/mailwiz/profile.toml, jinak z vestavěného výchozího
    profilu. Příkaz mailwiz profile vypíše použitý profil a odkud pochází; příkaz mailwiz profile
    --check SOUBOR zkontroluje daný soubor a vypíše každou chybu i s číslem řádku.
cli-man-restricted = Omezený režim
cli-man-restricted-text =
    S volbou --restricted nebo s MAILWIZ_RESTRICTED=1 (pro ForceCommand v sshd_config) nečte mailwiz
    kromě svých vlastních dat a /etc/mailwiz/profile.toml žádné soubory, souhrn vypisuje jen na
    standardní výstup a nespouští žádné jiné programy. Příkaz poslaný přes SSH (SSH_ORIGINAL_COMMAND)
    se provede, pokud je to explain, codes, search, check nebo help s volbami, které nečtou žádný
    soubor; syntaxe shellu a cokoli jiného se odmítne. O online kontrolách rozhoduje klíč profilu
    checks.restricted (on, off, nebo own-domain spolu s MAILWIZ_DOMAIN), o poštovním logu klíč
    server.log-in-restricted.
cli-man-environment = Prostředí
cli-man-env-lang = Jazyk, pokud není zadána volba --lang (en, pl, lt, fi nebo cs).
cli-man-env-no-color = Vypne barvy.
cli-man-env-config = Kde se hledá profil uživatele: mailwiz/profile.toml v tomto adresáři, jinak v ~/.config.
cli-man-env-restricted = Hodnota 1 zapne omezený režim.
cli-man-env-domain = V omezeném režimu vlastní doména účtu, jediná, kterou smějí online kontroly prověřit, když je v profilu own-domain.
cli-man-env-offline = Hodnota 1 vypne online kontroly: průvodce se na výsledek každé kontroly zeptá.
cli-man-exit-status = Návratové hodnoty
cli-man-exit-0 = Hotovo (u příkazů check a logs: proběhly, ať zjistily cokoli).
cli-man-exit-1 = Selhal systém: terminál, výstup nebo soubor se souhrnem.
cli-man-exit-2 = Požadavek je třeba zadat jinak: chybná volba nebo vstup, kód, který nelze vysvětlit, search nic nenašel, soubor nelze přečíst nebo to omezený režim odmítá.
cli-man-version = Verze
