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

## Issue 14: the live checks (mailwiz check and the wizard's evidence)

live-status-ok = OK
live-status-warn = varování
live-status-fail = problém
live-status-error = nezkontrolováno
live-status-skipped = přeskočeno
live-no-resolver = Nepodařilo se nastavit žádný DNS resolver ({ $error }). Zadejte ho volbou --resolver IP, nebo zkontrolujte /etc/resolv.conf.
live-dns-error = DNS dotaz selhal ({ $error }). Zkuste to znovu, nebo se zeptejte jiného resolveru volbou --resolver IP.
live-skipped-no-domain = Nezkontrolováno: doména { $domain } neexistuje.
live-mx-no-domain = Doména { $domain } v DNS neexistuje: zkontrolujte, zda je správně napsaná a zda jí nevypršela registrace.
live-mx-implicit = Doména nemá žádné MX záznamy, takže odesílatelé doručují poštu na adresu samotné domény ({ $addresses }). Zveřejněte MX záznamy, které uvádějí poštovní servery.
live-mx-no-mail = Doména nemá žádné MX záznamy ani adresu: žádná pošta se na ni nedostane.
live-mx-null = Doména zveřejňuje nulový MX záznam (null MX, RFC 7505): oznamuje tím, že nepřijímá vůbec žádnou poštu.
live-mx-ok = Pošta pro doménu chodí na { $hosts }.
live-mx-unresolved = Žádný poštovní server domény nemá adresu ({ $hosts }): poštu nelze doručit. Přidejte pro ně A záznamy, nebo opravte MX záznamy.
live-mx-some-unresolved = Některé poštovní servery domény nemají adresu ({ $hosts }): odesílatelé, kteří je zkusí jako první, doručují se zpožděním.
live-mx-provider-ok = Všechny MX záznamy směřují na poštovní servery poskytovatele { $provider }.
live-mx-provider-some = Některé MX záznamy směřují na jiné servery než na servery poskytovatele { $provider }: { $hosts }. Pošta, která jde tam, se do schránek u poskytovatele { $provider } nedostane.
live-mx-provider-none = MX záznamy směřují na { $hosts }, ne na poštovní servery poskytovatele { $provider }: příchozí pošta chodí tam.
live-skipped-no-spf = Nezkontrolováno: doména nemá platný SPF záznam.
live-spf-none = Doména nemá SPF záznam: příjemci nepoznají, které servery smějí odesílat její poštu, a Gmail a Yahoo takovou poštu odmítají nebo označují jako spam.
live-spf-many =
    Doména má { $count } { $count ->
        [one] SPF záznam
        [few] SPF záznamy
        [many] SPF záznamu
       *[other] SPF záznamů
    }. Příjemci pak ignorují všechny (permerror): slučte je do jednoho.
live-spf-syntax = SPF záznam není platný v části „{ $term }“: příjemci ho ignorují (permerror).
live-spf-void = SPF záznam zahrnuje { $name }, kde není žádný SPF záznam, nebo je jich víc: příjemci celý záznam vyhodnotí jako chybu (permerror).
live-spf-included-syntax = Zahrnutý SPF záznam { $name } není platný v části „{ $term }“: příjemci celý SPF záznam domény vyhodnotí jako chybu (permerror).
live-spf-too-many-lookups =
    Kontrola SPF záznamu vyžaduje { $lookups } { $lookups ->
        [one] DNS dotaz
        [few] DNS dotazy
        [many] DNS dotazu
       *[other] DNS dotazů
    }, víc než povolených 10: příjemci záznam vyhodnotí jako chybu (permerror). Odstraňte mechanismy include, které se už nepoužívají.
live-spf-pass-all = SPF záznam končí +all: dovoluje odesílat poštu za doménu každému serveru na světě. Zakončete ho ~all, nebo -all.
live-spf-ok = Jeden platný SPF záznam zakončený { $all }; jeho kontrola spotřebuje { $lookups } z 10 povolených DNS dotazů.
live-spf-redirect = Jeden platný SPF záznam, který odkazuje na záznam { $name } (redirect=); jeho kontrola spotřebuje { $lookups } z 10 povolených DNS dotazů.
live-spf-neutral = SPF záznam končí ?all, nebo all vůbec nemá: o ostatních serverech nic neříká, a proti podvržené poště proto pomáhá jen málo. Zakončete ho ~all, nebo -all.
live-spf-provider-ok = SPF záznam zahrnuje { $include }, tedy servery poskytovatele { $provider }.
live-spf-provider-missing = SPF záznam nezahrnuje { $include }: pošta odeslaná přes servery poskytovatele { $provider } kontrolou SPF neprojde. Přidejte include:{ $include } před all na konci záznamu.
live-dmarc-none = Na { $name } není žádný DMARC záznam. Gmail, Yahoo a Outlook.com ho vyžadují od hromadných odesílatelů; začněte s v=DMARC1; p=none.
live-dmarc-not-first = DMARC záznam není platný: musí začínat v=DMARC1 a středníkem. Příjemci ho ignorují.
live-dmarc-no-policy = DMARC záznam neuvádí politiku (p=none, quarantine nebo reject): příjemci ho ignorují.
live-dmarc-bad-tag = Hodnota { $tag }= v DMARC záznamu není platná: příjemci tento tag ignorují a použijí jeho výchozí hodnotu.
live-dmarc-monitor = Politika DMARC domény { $domain } je p=none: příjemci jen posílají reporty a pošta, která kontrolou neprojde, se přesto doručí.
live-dmarc-partial = Politika DMARC p={ $policy } se vztahuje jen na { $percent } % pošty, která kontrolou neprojde.
live-dmarc-ok = Politika DMARC domény { $domain } je p={ $policy } ({ $alignment }): příjemci podle ní naloží s poštou, která kontrolou neprojde.
live-dmarc-bad-policy = Hodnota { $tag }= v DMARC záznamu není none, quarantine ani reject: příjemci nepoužijí žádnou politiku DMARC.
live-dmarc-many =
    Doména má { $count } { $count ->
        [one] DMARC záznam
        [few] DMARC záznamy
        [many] DMARC záznamu
       *[other] DMARC záznamů
    }: příjemci pak nepoužijí žádný. Ponechte jen jeden.
live-dkim-no-selector = Nezkontrolováno: selektor DKIM není známý. Zadejte ho volbou --dkim-selector; je to hodnota s= v hlavičce DKIM-Signature odeslané zprávy.
live-dkim-missing = Pro selektor { $selector } není zveřejněný žádný klíč DKIM (na { $name }): podpisy s tímto selektorem nelze ověřit.
live-dkim-broken = Záznam klíče DKIM pro selektor { $selector } není platný: podpisy s tímto selektorem nelze ověřit.
live-dkim-revoked = Klíč DKIM pro selektor { $selector } je prázdný (p=): byl zneplatněn a podpisy s tímto selektorem kontrolou neprojdou.
live-dkim-short =
    Klíč DKIM pro selektor { $selector } má jen { $bits } { $bits ->
        [one] bit
        [few] bity
        [many] bitu
       *[other] bitů
    }: příjemci odmítají klíče kratší než 1024 bitů (RFC 8301). Zveřejněte 2048bitový klíč.
live-dkim-testing = Klíč DKIM pro selektor { $selector } je označený jako testovací (t=y): příjemci berou neúspěšné podpisy, jako by zpráva podepsaná nebyla.
live-dkim-ok = Klíč DKIM pro selektor { $selector } je zveřejněný ({ $key }).
live-ptr-ok = Adresa má PTR záznam (reverzní DNS) { $names }.
live-ptr-none = Adresa { $address } nemá PTR záznam (reverzní DNS). Mnoho příjemců z ní poštu odmítá; záznam nastavuje ten, komu adresa patří (poskytovatel hostingu nebo cloudu).
live-skipped-no-ptr = Nezkontrolováno: adresa nemá PTR záznam.
live-fcrdns-ok = { $name } odkazuje zpět na tuto adresu: PTR záznam odpovídá.
live-fcrdns-mismatch = { $name } odkazuje na { $addresses }, ne na tuto adresu: příjemci berou PTR záznam jako chybějící. Opravte A záznam tohoto názvu, nebo PTR záznam.
live-fcrdns-no-address = { $name } nemá vlastní adresu: příjemci berou PTR záznam jako chybějící. Přidejte pro tento název A (nebo AAAA) záznam.
live-dnsbl-clean = Adresa není na seznamu { $zone }.
live-dnsbl-sbl = Adresa je na seznamu { $zone } (Spamhaus SBL): rozesílala spam nebo patří spammerům.
live-dnsbl-css = Adresa je na seznamu { $zone } (Spamhaus CSS): odcházela z ní pošta se špatnou reputací, často z napadeného skriptu nebo formuláře.
live-dnsbl-xbl = Adresa je na seznamu { $zone } (Spamhaus XBL): vykazuje známky malwaru nebo napadeného zařízení.
live-dnsbl-drop = Adresa je na seznamu { $zone } (Spamhaus DROP): celá síť je vedená jako zcizená (hijacked) nebo provozovaná zločinci.
live-dnsbl-pbl = Adresa je na seznamu { $zone } (Spamhaus PBL): není určená k přímému odesílání pošty. Posílejte přes SMTP server poskytovatele, nebo požádejte vlastníka adresy, ať ji z PBL vyřadí.
live-dnsbl-listed = Adresa je na seznamu { $zone } (odpověď { $answer }). Vyhledávací stránka seznamu uvádí důvod a postup, jak požádat o vyřazení.
live-dnsbl-typo = Seznam { $zone } odpověděl, že dotaz byl chybně sestavený (127.255.255.252). Nejde o zápis na seznamu: zkontrolujte název zóny.
live-dnsbl-public-resolver = Seznam { $zone } dotaz odmítl, protože přišel přes veřejný nebo otevřený resolver (127.255.255.254). Nejde o zápis na seznamu: ptejte se přes vlastní resolver volbou --resolver.
live-dnsbl-too-many = Seznam { $zone } dotaz odmítl, protože se resolver ptal příliš často (127.255.255.255). Nejde o zápis na seznamu: ptejte se přes vlastní resolver.
live-dnsbl-odd = Zóna { $zone } odpověděla { $answer }, což není odpověď blacklistu: zóna buď blacklist není, nebo resolver odpovědi přepisuje.
live-host-unknown = Název { $host } v DNS neexistuje: zkontrolujte název serveru.
live-port-closed = Port { $port } na serveru { $host } je zavřený: spojení bylo odmítnuto. Služba na tomto portu neběží, nebo spojení odmítá firewall.
live-port-filtered = Port { $port } na serveru { $host } neodpověděl do { $seconds } s: spojení zahazuje firewall. Domácí a mobilní sítě i cloudové servery často blokují odchozí port 25.
live-unreachable = Server { $host } není dostupný ({ $error }).
live-no-greeting = Port spojení přijme, ale server do { $seconds } s nic nepošle: spojení může zdržovat antivirus nebo firewall.
live-no-reply = Server přestal odpovídat ({ $seconds } s bez odpovědi).
live-server-closed = Server ukončil spojení.
live-server-refuses = Server spojení odmítá: { $reply }
live-bad-greeting = Port odpovídá, ale ne jako poštovní server tohoto typu: { $line }
live-server-ok = Server odpovídá: { $greeting }
live-skipped-no-connection = Nezkontrolováno: se serverem není spojení.
live-skipped-no-greeting = Nezkontrolováno: server neposlal úvodní pozdrav.
live-skipped-no-tls = Nezkontrolováno: není navázané spojení TLS.
live-starttls-missing = Server nenabízí STARTTLS: hesla a zprávy by šly sítí nešifrované a poštovní klienti nastavení na STARTTLS se nepřipojí.
live-starttls-refused = Server STARTTLS nabízí, ale odmítá ho: { $reply }
live-starttls-ok = STARTTLS funguje ({ $version }).
live-tls-handshake = Spojení TLS se nepodařilo navázat ({ $error }). Často to způsobuje antivirus, který kontroluje poštu, nebo nesprávný port.
live-tls-ok = Certifikát je platný pro { $names } do { $date }.
live-tls-expiring =
    Platnost certifikátu vyprší { $date }, tedy za { $days } { $days ->
        [one] den
        [few] dny
        [many] dne
       *[other] dní
    }: obnovte ho dřív, než ho poštovní klienti začnou odmítat.
live-tls-expired = Platnost certifikátu skončila { $date }: poštovní klienti zobrazují varování nebo se odmítají připojit. Obnovte ho.
live-tls-not-yet = Certifikát ještě není platný: hodiny serveru nebo tohoto počítače jsou špatně nastavené.
live-tls-name = Certifikát je vystavený pro { $names }, ne pro { $host }: poštovní klienti zobrazují varování nebo se odmítají připojit. Použijte název serveru, který certifikát uvádí.
live-tls-untrusted = Certifikát není podepsaný certifikační autoritou, které tento počítač důvěřuje: je podepsaný sám sebou (self-signed), nebo server neposílá svůj mezilehlý certifikát.
live-tls-other = Certifikát není platný ({ $error }).
live-auth-none = Server nenabízí přihlášení (AUTH) ani přes TLS: poštovní klient se k němu nemůže přihlásit.
live-auth-before-tls = Server nabízí přihlášení ({ $mechanisms }) už před zapnutím TLS: poštovní klient nastavený bez šifrování by poslal heslo čitelně.
live-auth-ok = Přes TLS server nabízí přihlášení metodami { $mechanisms }.
live-offline = Nezkontrolováno: volba --offline online kontroly vypíná.
# mailwiz check: a target that is no domain, address, IP address or server URL.
ui-error-bad-target = „{ $target }“ není doména, e-mailová adresa, IP adresa ani server ve tvaru například submission://mail.example.com.
ui-error-bad-port = Port v „{ $target }“ není číslo od 1 do 65535.
ui-error-bad-scheme = Servery typu „{ $scheme }://“ mailwiz nekontroluje. Použijte smtp, submission, smtps, imap, imaps, pop3 nebo pop3s.
ui-error-bad-resolver = „{ $resolver }“ není adresa DNS serveru: zadejte IP adresu, a pokud port není 53, i s portem (127.0.0.1:5353, [2001:db8::53]:53).
ui-error-restricted-checks = Online kontroly jsou v omezeném režimu vypnuté profilem správce.
ui-error-restricted-resolver = V omezeném režimu se kontroly ptají jen systémových DNS resolverů; volba --resolver není povolená.
ui-error-restricted-target = V omezeném režimu lze kontrolovat jen doménu { $domain } a názvy v ní, ne „{ $target }“.
ui-error-restricted-no-domain = V omezeném režimu jsou kontroly omezené na vlastní doménu účtu, ta ale není nastavená: proměnnou MAILWIZ_DOMAIN pro účet nastavuje správce.
live-skipped-dns-failed = Nezkontrolováno: selhal DNS dotaz, na kterém tato kontrola závisí.
# The wizard's check screen: its live checks are running for the target (a domain or an IP address).
live-looking = Probíhá kontrola { $target }…
# The live checks answered the question on the screen: { $answer } is Yes or No.
live-proposal = Výsledek kontroly { $target }: { $answer }
# The live checks ran but do not answer the question (a lookup failed, or a check could not run).
live-no-proposal = Kontrola { $target } skončila, ale zjištění níže na otázku neodpovídají: odpovězte na ni sami.
live-cancel = Esc vás vrátí zpět a kontrolu zastaví; klávesy níže odpoví bez čekání.
# Beside a question about a mail program's settings: what the provider's server answers when mailwiz connects to it from here.
live-evidence = { $target } při pohledu odsud:
# On a check that can look something up, when nothing given so far named it (d opens the field).
live-ask-domain = Doména zatím nebyla uvedena: stiskněte d, zadejte ji a mailwiz ji sám zkontroluje.
live-ask-recipient = Doména příjemce zatím nebyla uvedena: stiskněte d, zadejte ji a mailwiz ji sám zkontroluje.
live-ask-ip = IP adresa serveru zatím nebyla uvedena: stiskněte d, zadejte ji a mailwiz ji sám zkontroluje.
# The field where it is typed.
ui-target-prompt-domain = Zadejte doménu (nebo e-mailovou adresu v ní) a stiskněte Enter:
ui-target-prompt-recipient = Zadejte doménu příjemce (nebo jeho e-mailovou adresu) a stiskněte Enter:
ui-target-prompt-ip = Zadejte IP adresu serveru (IPv4 nebo IPv6) a stiskněte Enter:
ui-target-prompt-dkim-selector = Zadejte selektor DKIM (hodnotu s= v hlavičce DKIM-Signature) a stiskněte Enter:
live-ask-dkim-selector = Stiskněte d a zadejte selektor DKIM ke kontrole: je to hodnota s= v hlavičce DKIM-Signature zprávy odeslané z této domény.
ui-target-invalid = „{ $input }“ zde nelze zkontrolovat. Zkontrolujte zápis a zkuste to znovu, nebo stiskněte Esc.
help-target = zadat doménu, IP adresu nebo selektor DKIM ke kontrole
help-target-take = zkontrolovat
# The summary's section with the findings of the live checks.
ui-summary-checked = Výsledky online kontrol

## Issue 15: the mail log (mailwiz logs and the wizard's log screen)

logs-heading = Poštovní log: { $files }
logs-totals = { $lines ->
        [one] { $lines } řádek
        [few] { $lines } řádky
        [many] { $lines } řádku
       *[other] { $lines } řádků
    }, { $messages ->
        [one] { $messages } zpráva
        [few] { $messages } zprávy
        [many] { $messages } zprávy
       *[other] { $messages } zpráv
    }, od { $first } do { $last }
logs-counts = Odesláno { $sent } · odloženo { $deferred } · vráceno { $bounced } · vypršela platnost { $expired } · odmítnuto při příjmu { $rejected }
logs-nothing = V logu nejsou pro zadaný čas a adresu žádné záznamy o doručení.
logs-groups = Neúspěšná doručení podle příčiny
# One group of failures with the same diagnosis; { $delivery } is one of logs-deferred … logs-rejected.
logs-group = { $delivery }: { $count ->
        [one] jednou
        [few] { $count }krát
        [many] { $count }krát
       *[other] { $count }krát
    }, { $recipients ->
        [one] { $recipients } příjemce
        [few] { $recipients } příjemci
        [many] { $recipients } příjemce
       *[other] { $recipients } příjemců
    } { $domains ->
        [one] v { $domains } doméně
        [few] ve { $domains } doménách
        [many] v { $domains } doméně
       *[other] v { $domains } doménách
    }, od { $first } do { $last }
logs-sent = Odesláno
logs-deferred = Odloženo (zkusí se znovu později)
logs-bounced = Vráceno
logs-expired = Vypršela platnost ve frontě
logs-rejected = Odmítnuto při příjmu
logs-example = Příklad
logs-domains = Domény příjemců
logs-domain = { $domain }: { $total ->
        [one] { $total } pokus o doručení
        [few] { $total } pokusy o doručení
        [many] { $total } pokusu o doručení
       *[other] { $total } pokusů o doručení
    }, z toho { $failed ->
        [one] { $failed } neúspěšný
        [few] { $failed } neúspěšné
        [many] { $failed } neúspěšného
       *[other] { $failed } neúspěšných
    }
ui-error-log-file = Poštovní log { $file } nelze přečíst: { $reason }
ui-error-no-log = Poštovní log nebyl nalezen (hledáno: { $files }). Zadejte soubor, nebo předejte journal na standardní vstup: journalctl -u postfix -o json | mailwiz logs -
ui-error-bad-time = „{ $time }“ není čas: zadejte 2026-11-30, "2026-11-30 14:00" nebo jak dlouho zpět, například 24h nebo 7d.
ui-error-restricted-log = V omezeném režimu se poštovní log čte, jen pokud to povoluje profil správce, a žádné jiné soubory se nečtou.
# On the mail log steps of scenarios 5 and 6 (r opens the log's screen).
live-ask-log = Stiskněte r a mailwiz přečte poštovní log ({ $path }): spočítá pokusy o doručení a neúspěšné roztřídí podle příčiny.
ui-log-reading = Probíhá čtení poštovního logu…
ui-log-cancel = Esc čtení zastaví a vrátí vás zpět.
ui-log-open = ↑↓ výběr příčiny; Enter ji vysvětlí a převede vás na krok, ve kterém ji odstraníte.
# A check answered by what the mail log says; { $answer } is Yes or No.
ui-observed-log = Podle poštovního logu: { $answer }
help-read-log = přečíst poštovní log

## Issue 16: commands sent over SSH to restricted mode

ui-error-ssh-syntax = Příkaz poslaný přes SSH obsahuje „{ $character }“, což zde není povoleno: zadejte jen příkaz a jeho argumenty, bez syntaxe shellu.
ui-error-ssh-quote = V příkazu poslaném přes SSH není uzavřená uvozovka.
ui-error-ssh-command = Příkaz „{ $command }“ zde nelze přes SSH spustit. Povolené jsou: explain, codes, search, check a help; bez příkazu se spustí průvodce.
ui-error-ssh-option = Volba { $option } zde přes SSH není povolena.
ui-profile-embedded = Platí vestavěný profil: není zadán --profile a neexistuje ani ~/.config/mailwiz/profile.toml, ani /etc/mailwiz/profile.toml.
ui-profile-given = Platí profil { $file }, zadaný volbou --profile.
ui-profile-user = Platí profil { $file }, vlastní profil uživatele.
ui-profile-system = Platí profil { $file }, nastavený správcem.
ui-profile-check-ok = { $file }: nebyly nalezeny žádné problémy.

## Nápověda příkazového řádku a jeho chyby ve struktuře clapu: „chyba: ...“, tipy, řádek použití
## a kde najít víc. V uvozovkách je to, co uživatel napsal, nebo volba tak, jak ji ukazuje nápověda
## („--timeout <SEKUNDY>“).

ui-usage-error = chyba: { $message }
ui-usage-heading = Použití:
ui-usage-options = [VOLBY]
ui-usage-more = Více informací vypíše volba „{ $flag }“.
ui-usage-tip = tip: { $tip }
ui-usage-quoted = „{ $text }“
ui-usage-unknown-argument = neočekávaný argument „{ $arg }“
ui-usage-unknown-command = neznámý příkaz „{ $command }“
ui-usage-invalid-value = neplatná hodnota „{ $value }“ pro „{ $arg }“
ui-usage-missing-value = chybí hodnota pro „{ $arg }“
ui-usage-possible-values = [možné hodnoty: { $values }]
ui-usage-missing-required = chybí tyto povinné argumenty:
ui-usage-repeated = „{ $arg }“ nelze zadat vícekrát
ui-usage-conflict = „{ $arg }“ nelze použít zároveň s „{ $other }“
ui-usage-conflict-list = „{ $arg }“ nelze použít zároveň s:
ui-usage-too-many-values = neočekávaná hodnota „{ $value }“ pro „{ $arg }“; další hodnoty už se nečekaly
ui-usage-value-count =
    { $expected ->
        [one] „{ $arg }“ vyžaduje 1 hodnotu, ale zadáno bylo { $given }
        [few] „{ $arg }“ vyžaduje { $expected } hodnoty, ale zadáno bylo { $given }
        [many] „{ $arg }“ vyžaduje { $expected } hodnoty, ale zadáno bylo { $given }
       *[other] „{ $arg }“ vyžaduje { $expected } hodnot, ale zadáno bylo { $given }
    }
ui-usage-no-equals = hodnotu pro „{ $arg }“ je nutné zadat s rovnítkem (=)
ui-usage-invalid-utf8 = v jednom nebo více argumentech je neplatné UTF-8
ui-usage-unreadable = příkazový řádek se nepodařilo zpracovat
ui-usage-similar-command =
    { $count ->
        [one] existuje podobný příkaz: { $names }
        [few] existují podobné příkazy: { $names }
        [many] existují podobné příkazy: { $names }
       *[other] existují podobné příkazy: { $names }
    }
ui-usage-similar-option =
    { $count ->
        [one] existuje podobná volba: { $names }
        [few] existují podobné volby: { $names }
        [many] existují podobné volby: { $names }
       *[other] existují podobné volby: { $names }
    }
ui-usage-similar-value =
    { $count ->
        [one] existuje podobná hodnota: { $names }
        [few] existují podobné hodnoty: { $names }
        [many] existují podobné hodnoty: { $names }
       *[other] existují podobné hodnoty: { $names }
    }
ui-usage-as-value = chcete-li předat „{ $arg }“ jako hodnotu, použijte „{ $usage }“
ui-usage-in-command = existuje „{ $usage }“
ui-usage-remove-dashes = příkaz „{ $command }“ existuje; chcete-li ho použít, odstraňte „--“ před ním
ui-usage-default = výchozí
ui-usage-possible = možné hodnoty
ui-help-heading-commands = Příkazy
ui-help-heading-arguments = Argumenty
ui-help-heading-options = Volby
ui-version = { $version } (revize znalostní báze { $revision })
