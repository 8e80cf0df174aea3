### Úvodní kontroly průvodce a sedm scénářů (čeština).
### Údaje o poskytovateli přicházejí z profilu jako proměnné: $provider, $daily-limit, $hourly-account-limit,
### $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server, $imap-server, $pop3-server,
### $mail-log, $php-sending, $spam-folder, $spf-include.
### Každá kontrola se ptá tak, aby přirozená odpověď vedla do větve, kterou myslí: žádná otázka
### není položená záporně a každý nadpis je tvrzení, za kterým v souhrnu stojí odpověď
### („IP adresa na blacklistu: Ne“).

## Vstupní obrazovky

ui-start-title = Úvod
ui-start-text = Co chcete udělat?
ui-start-prechecks = Spustit úvodní kontroly (vhodné, když nevíte, co nefunguje)
ui-start-scenarios = Vím, co nefunguje: vybrat jeden ze sedmi problémů
ui-start-code = Mám chybový kód nebo nedoručenku
ui-pick-title = Co nefunguje
ui-pick-text = Která možnost nejlépe popisuje váš problém?
ui-lookup-title = Hledání kódu
ui-lookup-text = Zadejte kód odpovědi (například 550 nebo 5.1.1), nebo vložte chybový řádek z nedoručenky.

## Úvodní kontroly

check-name = Úvodní kontroly
check-service-title = Aktivní služba a doména
check-service-text =
    Je e-mailová služba aktivní, stejně jako hostingový tarif, ke kterému patří, a je samotná doména
    stále zaregistrovaná a aktivní?
check-service-unsure =
    Přihlaste se do zákaznické administrace ({ $control-panel }). Najdete tam datum expirace tarifu
    i domény; cokoli označeného jako expirované nebo pozastavené znamená odpověď „ne“.
check-service-no =
    Jakmile vyprší tarif nebo doména, schránky přestanou fungovat. V administraci prodlužte to, čemu
    skončila platnost; pošta začne znovu chodit, jakmile bude prodloužení zpracováno.
check-webmail-title = Webmail funguje
check-webmail-text =
    Otevřete webmail ({ $webmail }), pošlete zprávu do schránky u jiného poskytovatele (například
    Gmail nebo Outlook.com) a odtamtud na ni odpovězte. Prošla zpráva i odpověď?
check-webmail-unsure =
    Zpráva na vlastní adresu zůstane na stejném serveru a neotestuje ani jeden směr; zpráva k jinému
    poskytovateli a odpověď na ni otestují oba. Pokud se nemůžete vůbec přihlásit, odpovězte „ne“.
check-webmail-yes =
    Schránka i servery poskytovatele fungují. Chyba je nejspíš v nastavení poštovního klienta, proto
    ho porovnejte se scénářem, který odpovídá vašemu problému.
check-login-title = Přihlášení do webmailu funguje
check-login-text = Podaří se vám přihlásit do webmailu celou e-mailovou adresou jako přihlašovacím jménem a svým heslem?
check-login-unsure =
    Přihlašovací jméno je celá adresa, například anna@example.com, ne jen „anna“. Zkuste se takto
    jednou přihlásit do webmailu.
check-login-no =
    Zadejte celou adresu včetně části za @. Pokud to stále nejde, nastavte schránce v administraci
    ({ $control-panel }) nové heslo a použijte ho ve webmailu i ve všech poštovních klientech.
check-maintenance-title = Údržba nebo výpadek
check-maintenance-text =
    Hlásí stavová stránka ({ $status-page }) údržbu nebo výpadek, který se týká vaší služby?
check-maintenance-unsure =
    Otevřete stavovou stránku a mezi probíhajícími a plánovanými pracemi hledejte svou službu nebo
    název svého serveru.
check-maintenance-yes =
    Probíhající práce mohou poštu zdržet nebo přerušit. Počkejte, až budou označeny jako dokončené,
    a zkuste to znovu; zprávy zadržené během prací se obvykle doručí dodatečně.
check-mx-title = MX záznamy směřují na poskytovatele
check-mx-text = Směřují MX záznamy domény na poštovní servery poskytovatele { $provider }?
check-mx-unsure =
    Zjistěte MX záznamy domény a porovnejte je s těmi, které doporučuje administrace:
      dig MX example.com
    Ve Windows:
      nslookup -type=mx example.com
check-mx-no =
    Pošta pro doménu chodí tam, kam určují MX záznamy. Opravte je v DNS zóně domény; změna se může
    projevit až za několik hodin.

## Názvy scénářů

scenario-1-name = Odesílání z poštovního klienta (SMTP)
scenario-2-name = Příjem v poštovním klientovi (POP3 nebo IMAP)
scenario-3-name = Webmail: přihlášení, odeslání nebo příjem
scenario-4-name = Odesílání z PHP na webhostingu
scenario-5-name = Odesílání z virtuálního nebo dedikovaného serveru
scenario-6-name = Příjem na virtuálním nebo dedikovaném serveru
scenario-7-name = Ztracená zpráva

## 1. Odesílání z poštovního klienta

scenario-1-left-title = Zpráva v Odeslané poště
scenario-1-left-text =
    Je zpráva v poštovním klientovi ve složce Odeslaná pošta? Pak klienta opustila a problém je
    v jejím doručení.
scenario-1-left-unsure =
    Podívejte se do složek Odeslaná pošta a Pošta k odeslání. Zpráva v Odeslané poště klienta
    opustila, zpráva v Poště k odeslání ne.
scenario-1-error-title = Klient hlásí chybu
scenario-1-error-text = Zobrazí poštovní klient při odesílání chybové hlášení?
scenario-1-error-unsure = Pošlete sami sobě krátkou zkušební zprávu a sledujte, zda se objeví okno nebo upozornění s chybou.
scenario-1-code-title = Chyba
scenario-1-code-text = Zadejte kód nebo vložte text chyby, který poštovní klient zobrazil.
scenario-1-connect-title = Chyba připojení
scenario-1-connect-text =
    Hlásí poštovní klient chybu připojení k serveru odchozí pošty, například že spojení vypršelo
    nebo bylo odmítnuto?
scenario-1-connect-unsure =
    Takové chyby nemají kód odpovědi: Outlook hlásí 0x800CCC0E nebo 0x800CCC0F, Thunderbird
    „Poslání zprávy selhalo“ nebo že spojení se SMTP serverem vypršelo, Apple Mail zase, že se
    k serveru nemůže připojit.
scenario-1-connect-yes =
    Použijte port 587 se STARTTLS nebo port 465 se SSL/TLS, nikdy port 25: většina domácích
    a mobilních sítí port 25 blokuje. Spojení může přerušit i „poštovní štít“ antiviru nebo firewall,
    který kontroluje poštu; vypněte v něm kontrolu pošty a zkuste to znovu. Název serveru zadejte
    přesně { $smtp-server }: název vaší vlastní domény certifikátu serveru neodpovídá. Test
    z počítače:
      openssl s_client -connect { $smtp-server }:465
scenario-1-config-title = Funguje s opraveným nastavením
scenario-1-config-text =
    V nastavení účtu zkontrolujte server odchozí pošty: server { $smtp-server }, port 587 se
    STARTTLS nebo port 465 se SSL/TLS. Funguje odesílání, když nastavení opravíte?
scenario-1-config-unsure =
    Server odchozí pošty (SMTP) najdete v nastavení účtu v klientovi, často pod položkou „Nastavení
    serveru“ nebo „Odchozí server (SMTP)“.
scenario-1-auth-title = Funguje s ověřením SMTP
scenario-1-auth-text =
    Zapněte volbu „Server pro odchozí poštu (SMTP) vyžaduje ověření“ s celou e-mailovou adresou jako
    uživatelským jménem a stejným heslem jako ve webmailu. Funguje teď odesílání?
scenario-1-auth-unsure =
    Pokud se s touto adresou a heslem přihlásíte do webmailu ({ $webmail }), jsou správné i pro
    poštovního klienta.
scenario-1-blocked-title = Schránka má zablokované odesílání
scenario-1-blocked-text =
    Zablokoval poskytovatel odesílání z této schránky, například poté, co někdo ukradl její heslo?
    Uvádí to administrace nebo zpráva od poskytovatele.
scenario-1-blocked-unsure =
    Schránce, ze které bez vědomí majitele odcházel spam, se zablokuje odesílání, příjem ale dál
    funguje. Odpověď serveru často obsahuje „blocked“, „bad outbound sender“, „policy violation“
    nebo název účtu.
scenario-1-blocked-yes =
    Změňte heslo schránky v administraci ({ $control-panel }), prověřte antivirem všechny počítače
    a telefony, které schránku používají, a odstraňte pravidla pro přeposílání, která jste
    nenastavili vy. Potom požádejte technickou podporu o zrušení blokace; bude potřebovat adresu
    schránky.
scenario-1-limit-title = Překročené limity odesílání
scenario-1-limit-text =
    Odešlo víc zpráv, než dovolují limity: { $hourly-account-limit } { $hourly-account-limit ->
        [one] zpráva
        [few] zprávy
        [many] zprávy
       *[other] zpráv
    } za hodinu z jedné schránky, { $hourly-ip-limit } za hodinu z jedné IP adresy
    a { $daily-limit } denně z webhostingu?
scenario-1-limit-unsure =
    Spočítejte, co odešlo za poslední hodinu a za dnešek, včetně newsletterů a zpráv pro více
    příjemců.
scenario-1-limit-yes =
    Po překročení limitu server další zprávy na čas odmítá. Než začnete znovu odesílat, hodinu
    počkejte a velké rozesílky rozložte v čase nebo pro ně použijte specializovanou službu.
scenario-1-solved-title = Odesílání funguje
scenario-1-solved-text = Odesílání opět funguje. Toto nastavení použijte ve všech poštovních klientech, které tuto schránku používají.
scenario-1-contact-title = Podpora
scenario-1-contact-text = Pokud odesílání stále nefunguje, napište podpoře a uveďte:

## 2. Příjem v poštovním klientovi

scenario-2-left-title = Chyba při příjmu
scenario-2-left-text = Hlásí poštovní klient chybu, když kontroluje novou poštu?
scenario-2-left-unsure =
    Použijte „Odeslat a přijmout“ nebo „Přijmout zprávy“ a sledujte, zda se objeví okno nebo
    upozornění s chybou. Když klient hlásí, že je vše aktuální, připojení funguje.
scenario-2-config-title = Funguje s opraveným nastavením
scenario-2-config-text =
    Zkontrolujte server příchozí pošty: IMAP { $imap-server } na portu 993 se SSL/TLS, nebo POP3
    { $pop3-server } na portu 995 se SSL/TLS, a jako uživatelské jméno celou e-mailovou adresu.
    Funguje příjem, když nastavení opravíte?
scenario-2-config-unsure = IMAP nechává zprávy na serveru a zobrazuje složky; POP3 stahuje jen doručenou poštu.
scenario-2-password-title = Stejné heslo funguje ve webmailu
scenario-2-password-text = Podaří se vám přihlásit do webmailu ({ $webmail }) stejnou adresou a heslem, jaké používá klient?
scenario-2-password-unsure = Zkopírujte heslo z nastavení klienta na přihlašovací stránku webmailu a zkuste se přihlásit.
scenario-2-password-yes =
    Heslo je správné, takže příčinou je nejspíš nastavení klienta nebo něco mezi ním a serverem,
    například firewall nebo antivirus, který kontroluje poštu.
scenario-2-password-no =
    Nastavte v administraci ({ $control-panel }) nové heslo a zadejte ho ve webmailu i v poštovním
    klientovi.
scenario-2-pop3-title = Jiné zařízení používá POP3
scenario-2-pop3-text = Stahuje poštu z této schránky přes POP3 jiný telefon, počítač nebo program?
scenario-2-pop3-unsure =
    Podívejte se do nastavení účtu na všech zařízeních, která tuto schránku čtou: typ serveru příchozí
    pošty je POP3, nebo IMAP.
scenario-2-pop3-yes =
    Klient s POP3 zprávy stáhne a ze serveru je smaže, takže je ostatní zařízení vůbec neuvidí.
    V tomto klientovi zapněte „Ponechat kopii zpráv na serveru“, nebo na všech zařízeních nastavte
    IMAP.
scenario-2-full-title = Plná schránka
scenario-2-full-text = Je schránka plná: ukazuje administrace nebo webmail, že je její místo vyčerpané?
scenario-2-full-unsure = Kolik místa ve schránce je využito, ukazuje webmail i administrace ({ $control-panel }).
scenario-2-full-yes =
    Plná schránka odmítá nové zprávy a jejich odesílatelé dostávají nedoručenky. Smažte staré zprávy
    a vyprázdněte koš, nebo si v administraci navyšte místo; odesílatele požádejte, aby zprávy poslali
    znovu.
scenario-2-rules-title = Filtr, přeposílání nebo blokování
scenario-2-rules-text =
    Je ve webmailu filtr, pravidlo pro přeposílání či automatické mazání nebo záznam v seznamu
    blokovaných odesílatelů, který by mohl zprávy zachytit?
scenario-2-rules-unsure = Pravidla najdete v nastavení webmailu ({ $webmail }), často pod „Filtry“ nebo „Pravidla“, spolu s blokovanými odesílateli.
scenario-2-rules-yes =
    Pravidlo upravte nebo odstraňte, případně odesílatele vyřaďte ze seznamu blokovaných. Zprávy,
    které pravidlo přesunulo, najdete ve složce, kterou uvádí; přeposlané nebo smazané zprávy už
    v této schránce nejsou.
scenario-2-quarantine-title = Zadrženo v karanténě
scenario-2-quarantine-text = Je zpráva zadržená v karanténě antispamu poskytovatele?
scenario-2-quarantine-unsure = Karanténu najdete v administraci ({ $control-panel }) v části věnované antispamu, nebo ve webmailu.
scenario-2-quarantine-yes = Uvolněte zprávu z karantény a přidejte odesílatele mezi povolené odesílatele, aby jeho další zprávy prošly.
scenario-2-solved-title = Příjem funguje
scenario-2-solved-text = Příjem opět funguje. Toto nastavení použijte ve všech poštovních klientech, které tuto schránku používají.
scenario-2-contact-title = Podpora
scenario-2-contact-text = Pokud příjem stále nefunguje, napište podpoře a uveďte:

## 3. Webmail

scenario-3-what-title = Problém s webmailem
scenario-3-what-text = Co ve webmailu nefunguje?
scenario-3-what-login = Nemohu se přihlásit
scenario-3-what-missing = Zpráva chybí nebo se nedostala k příjemci
scenario-3-what-error = Webmail při odesílání hlásí chybu
scenario-3-login-title = Přihlášení celou adresou funguje
scenario-3-login-text = Funguje přihlášení, když jako přihlašovací jméno zadáte celou adresu včetně části za @?
scenario-3-login-unsure = Přihlašovací jméno je vždy celá adresa, například anna@example.com.
scenario-3-password-title = Přihlášení novým heslem funguje
scenario-3-password-text = Funguje přihlášení poté, co schránce v administraci ({ $control-panel }) nastavíte nové heslo?
scenario-3-password-unsure = Nové heslo napište ručně, nekopírujte ho, aby se do něj nedostala mezera navíc.
scenario-3-code-title = Chyba
scenario-3-code-text = Zadejte kód nebo vložte text chyby, který webmail zobrazil.
scenario-3-solved-title = Webmail funguje
scenario-3-solved-text = Webmail opět funguje.
scenario-3-contact-title = Podpora
scenario-3-contact-text = Pokud webmail stále nefunguje, napište podpoře a uveďte:

## 4. PHP na webhostingu

scenario-4-function-title = Odesílá přes PHP mail()
scenario-4-function-text = Odesílá skript pomocí vestavěné funkce PHP mail()?
scenario-4-function-unsure =
    Podívejte se do skriptu nebo jeho nastavení: poštovní knihovna nastavená na „SMTP“ s hostitelem
    a portem 25 otevírá přímé spojení, místo aby volala mail().
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] Skripty na tomto tarifu mohou používat mail() nebo SMTP spojení s přihlašovacími údaji schránky; zkontrolujte, že je nastavení SMTP ve skriptu úplné.
       *[mail-function-only] Na tomto hostingu mohou skripty odesílat jen přes mail(); přímé SMTP spojení na port 25 je blokované. Přepněte skript nebo jeho knihovnu na mail().
    }
scenario-4-limit-title = Denní limit vyčerpán
scenario-4-limit-text =
    Dosáhl hosting denního limitu ({ $daily-limit } { $daily-limit ->
        [one] zpráva
        [few] zprávy
        [many] zprávy
       *[other] zpráv
    } denně)? Administrace ukazuje, kolik z něj je vyčerpáno.
scenario-4-limit-unsure = Otevřete v administraci ({ $control-panel }) detail hostingu a podívejte se na jeho stav.
scenario-4-limit-yes =
    Po dosažení denního limitu server další zprávy odmítá, dokud se limit neobnoví. Posílejte méně,
    například seskupováním upozornění, nebo pro hromadnou poštu použijte rozesílací službu.
scenario-4-from-title = Adresa Od z domény webu
scenario-4-from-text =
    Je adresa v poli Od ve zprávách ze skriptu adresou vlastní domény webu, například
    formular@vase-domena?
scenario-4-from-unsure =
    Podívejte se na nastavení odesílatele (From) ve skriptu, nebo na řádek Od ve zprávě, kterou skript
    odeslal. Kontaktní formulář, který do pole Od dává adresu návštěvníka (nekdo@gmail.com), odesílá
    jménem cizí domény.
scenario-4-from-no =
    Gmail, Yahoo a Outlook.com odmítnou nebo zařadí do spamu zprávu, která nebyla odeslána za doménu
    v poli Od: doména návštěvníka to zakazuje záznamem DMARC. Do pole Od dejte adresu webu a adresu
    návštěvníka do Reply-To, na stejnou adresu nastavte i obálkového odesílatele (parametr -f funkce
    mail() nebo sendmail_from) a každé zprávě dejte hlavičky Date a Message-ID, které Gmail vyžaduje.
scenario-4-arrive-title = mail() hlásí úspěch
scenario-4-arrive-text = Vrací mail() pro tuto zprávu true (úspěch)?
scenario-4-arrive-unsure = mail() vrací true, když zprávu předá k odeslání; tuto hodnotu si ve skriptu zapište do logu.
scenario-4-contact-title = Podpora
scenario-4-contact-text = Pokud skript stále nemůže odesílat, napište podpoře a uveďte:

## 5. Odesílání z virtuálního nebo dedikovaného serveru

scenario-5-log-title = Odmítnutí v poštovním logu
scenario-5-log-text = Je v poštovním logu ({ $mail-log }) vidět, že zpráva byla odmítnuta s kódem odpovědi?
scenario-5-log-unsure =
    Vyhledejte v logu adresu příjemce. V Debianu a Ubuntu je log v /var/log/mail.log, na systémech,
    kde je jen journal, použijte journalctl:
      grep 'recipient@example.com' { $mail-log }
      grep 'recipient@example.com' /var/log/mail.log
      journalctl -u postfix | grep 'recipient@example.com'
scenario-5-code-title = Odmítnutí
scenario-5-code-text = Vložte řádek z logu s kódem a hlášením přijímajícího serveru.
scenario-5-port25-title = Blokovaný odchozí port 25
scenario-5-port25-text =
    Je v logu vidět, že u spojení na port 25 jiných poštovních serverů vyprší časový limit, například
    „connect to mx.example.net[...]:25: Connection timed out“?
scenario-5-port25-unsure =
    Vyzkoušejte spojení ze serveru; když do minuty nepřijde odpověď, port je někde po cestě
    blokovaný:
      nc -vz -w 10 gmail-smtp-in.l.google.com 25
scenario-5-port25-yes =
    Odchozí port 25 blokuje poskytovatel hostingu nebo cloudu, jak to mnozí dělají standardně nebo
    po zneužití. Požádejte ho o otevření portu, nebo poštu místo přímého doručování posílejte přes
    relay s ověřením (SMTP server svého poskytovatele na portu 587).
scenario-5-ptr-title = PTR záznam odpovídá
scenario-5-ptr-text =
    Má IP adresa serveru PTR záznam (reverzní DNS) s názvem serveru a odkazuje tento název zpět
    na stejnou adresu?
scenario-5-ptr-unsure =
    Zjistěte název, který patří k adrese, a potom adresu, která patří k tomuto názvu:
      dig -x 192.0.2.10
      dig mail.example.com
scenario-5-ptr-no =
    Mnoho přijímajících serverů odmítá poštu z adresy bez odpovídajícího PTR záznamu. V administraci
    ho pro svou IP adresu nastavte na název serveru, který se musí překládat zpět na tuto adresu.
    Název, kterým se server představuje (HELO), musí být tentýž úplný název.
scenario-5-helo-title = Název v HELO odpovídá
scenario-5-helo-text =
    Představuje se server (HELO, v Postfixu myhostname) svým úplným názvem, stejným jako v jeho
    PTR záznamu?
scenario-5-helo-unsure =
    Zobrazte název, který poštovní server používá:
      postconf myhostname
      exim -bP primary_hostname
scenario-5-helo-no =
    Nastavte název, kterým se server představuje (v Postfixu myhostname, v Eximu primary_hostname),
    na jeho úplný název, například mail.example.com, stejný jako v PTR záznamu a překládaný na adresu
    serveru; „localhost“ nebo název bez tečky mnoho přijímajících serverů odmítá. Zapněte také TLS
    pro odchozí poštu (v Postfixu smtp_tls_security_level = may): Gmail ho od hromadných odesílatelů
    vyžaduje.
scenario-5-blocklist-title = IP adresa na blacklistu
scenario-5-blocklist-text = Je IP adresa serveru na některém veřejném blacklistu, například Spamhaus?
scenario-5-blocklist-unsure = Zadejte IP adresu na vyhledávací stránce provozovatele blacklistu; každý ukáže, zda na něm adresa je a proč.
scenario-5-blocklist-yes =
    Nejdřív najděte příčinu: napadený skript, otevřený relay nebo rozesílku bez souhlasu. Odstraňte
    ji a pak požádejte o vyřazení postupem, který daný blacklist uvádí. Adresa v seznamu PBL
    od Spamhausu neznamená spam: jde o rozsah adres, ze kterých se nemá posílat přímo, proto
    posílejte přes relay s ověřením.
scenario-5-queue-title = Podezřelé zprávy ve frontě
scenario-5-queue-text =
    Jsou v poštovní frontě podezřelé zprávy, například spam z napadené schránky nebo napadeného
    skriptu?
scenario-5-queue-unsure =
    Vypište frontu a podívejte se na odesílatele a počet zpráv:
      postqueue -p
      exim -bp
scenario-5-queue-yes =
    Nejdřív zastavte zdroj: změňte heslo schránky, ze které zprávy odcházejí, nebo vypněte skript.
    Potom jeho zprávy z fronty smažte (v Postfixu postsuper -d, v Eximu exim -Mrm), jinak je server
    bude dál odesílat a zůstane na blacklistech.
scenario-5-retry-title = Zkušební zpráva dorazila
scenario-5-retry-text = Pošlete znovu zkušební zprávu. Dorazí teď?
scenario-5-retry-unsure = Při odesílání sledujte poštovní log; řádek se „status=sent“ nebo „250“ znamená, že zpráva byla přijata.
scenario-5-solved-title = Odesílání funguje
scenario-5-solved-text = Server opět doručuje poštu.
scenario-5-contact-title = Podpora
scenario-5-contact-text = Pokud server stále nemůže odesílat, napište podpoře a uveďte:

## 6. Příjem na virtuálním nebo dedikovaném serveru

scenario-6-mx-title = MX záznamy směřují na tento server
scenario-6-mx-text = Směřují MX záznamy domény na tento server?
scenario-6-mx-unsure =
    Porovnejte odpověď s názvem a adresou serveru:
      dig MX example.com
scenario-6-mx-no = V DNS zóně domény nasměrujte MX záznamy na tento server; změna se může projevit až za několik hodin.
scenario-6-log-title = Zpráva v poštovním logu
scenario-6-log-text = Je v poštovním logu ({ $mail-log }) vidět, že očekávaná zpráva dorazila?
scenario-6-log-unsure =
    Vyhledejte v logu adresu odesílatele nebo čas odeslání. V Debianu a Ubuntu je log
    v /var/log/mail.log; kde je jen journal, použijte: journalctl -u postfix
scenario-6-log-no =
    Zpráva se na server vůbec nedostala. Zkontrolujte, že je ve firewallu otevřený port 25 a že
    poštovní server běží, a zeptejte se odesílatele, zda mu nepřišla nedoručenka.
scenario-6-antispam-title = Zastaveno antispamem
scenario-6-antispam-text = Odmítl antispam na serveru zprávu, nebo ji přesunul do karantény?
scenario-6-antispam-unsure = Hledejte zprávu v logu a v karanténě antispamu.
scenario-6-antispam-yes = Uvolněte zprávu z karantény a přidejte odesílatele mezi povolené odesílatele, nebo zmírněte pravidlo, které ji zachytilo.
scenario-6-retry-title = Zkušební zpráva dorazila
scenario-6-retry-text = Požádejte o novou zkušební zprávu. Dorazí teď?
scenario-6-retry-unsure = Během odesílání zprávy sledujte poštovní log.
scenario-6-solved-title = Příjem funguje
scenario-6-solved-text = Server opět přijímá poštu.
scenario-6-contact-title = Podpora
scenario-6-contact-text = Pokud zprávy stále nepřicházejí, napište podpoře a uveďte:

## 7. Ztracená zpráva

scenario-7-bounce-title = Přišla nedoručenka
scenario-7-bounce-text = Dostal odesílatel zpět zprávu, že doručení selhalo (nedoručenku)?
scenario-7-bounce-unsure = Nedoručenky chodí od „Mail Delivery System“ nebo „MAILER-DAEMON“; hledejte v doručené poště odesílatele i ve spamu.
scenario-7-code-title = Text nedoručenky
scenario-7-code-text = Vložte chybový řádek z nedoručenky, například „550 5.1.1 User unknown“.
scenario-7-address-title = Adresa napsaná správně
scenario-7-address-text = Je adresa příjemce napsaná přesně správně, včetně domény?
scenario-7-address-unsure = Porovnejte ji písmeno po písmenu s adresou, kterou vám příjemce sám napsal.
scenario-7-address-no = Opravte adresu a zprávu odešlete znovu.
scenario-7-delayed-title = Oznámení o zpoždění
scenario-7-delayed-text =
    Dostal odesílatel oznámení, že se doručení zdržuje a server to dál zkouší, například „Delayed
    Mail (still being retried)“ nebo „This is a warning only“?
scenario-7-delayed-unsure =
    Oznámení o zpoždění chodí od stejného „Mail Delivery System“ jako nedoručenka, ale uvádí, že
    server to bude zkoušet dál, často až do uvedeného data.
scenario-7-delayed-yes =
    Oznámení o zpoždění je jen varování, ne chyba: odesílající server to zkouší až několik dní
    a nedoručenku pošle, jen pokud to vzdá. První zprávu od nového odesílatele může greylisting zdržet
    na několik minut až zhruba hodinu. Zatím není třeba nic dělat.
scenario-7-spam-title = Ve složce se spamem
scenario-7-spam-text =
    Je zpráva u příjemce ve složce se spamem? { $spam-folder ->
        [everywhere] Pokud má příjemce schránku u poskytovatele { $provider }, je složka se spamem vidět ve všech poštovních klientech i ve webmailu.
       *[imap-and-webmail] Pokud má příjemce schránku u poskytovatele { $provider }, je složka se spamem vidět jen ve webmailu nebo přes IMAP, ne přes POP3.
    }
scenario-7-spam-unsure = Ve webmailu ({ $webmail }) prohledejte složku se spamem podle odesílatele nebo předmětu.
scenario-7-spam-yes = Označte, že zpráva není spam, aby další zprávy od tohoto odesílatele chodily do doručené pošty.
scenario-7-full-title = Plná schránka příjemce
scenario-7-full-text = Je schránka příjemce plná?
scenario-7-full-unsure = Plná schránka odmítá nové zprávy a odesílatel pak dostane nedoručenku, která to uvádí.
scenario-7-full-yes = Příjemce musí smazat některé zprávy nebo získat více místa; potom lze zprávu poslat znovu.
scenario-7-rules-title = Zachyceno pravidlem
scenario-7-rules-text =
    Je ve schránce příjemce filtr, pravidlo pro přeposílání či automatické mazání nebo záznam
    v seznamu blokovaných odesílatelů, který mohl zprávu zachytit?
scenario-7-rules-unsure = Příjemce je najde v nastavení svého webmailu, často pod „Filtry“ nebo „Pravidla“, spolu s blokovanými odesílateli.
scenario-7-rules-yes =
    Příjemce pravidlo upraví nebo odesílatele vyřadí ze seznamu blokovaných; přesunutá zpráva je ve
    složce, kterou pravidlo uvádí. Aby mohla technická podpora zprávu dohledat, potřebuje čas odeslání
    a Message-ID zprávy ze složky Odeslaná pošta odesílatele (z hlaviček zprávy) nebo z poštovního
    logu.
scenario-7-mx-title = MX záznamy příjemce v pořádku
scenario-7-mx-text = Má doména příjemce MX záznamy, které směřují na správné poštovní servery?
scenario-7-mx-unsure =
    Vyhledejte je; prázdná odpověď znamená, že žádné nejsou:
      dig MX example.net
scenario-7-mx-no = Bez správných MX záznamů nelze poštu doručit. Nastavit je v DNS zóně domény musí ten, kdo doménu spravuje.
scenario-7-solved-title = Zpráva nalezena
scenario-7-solved-text = Zpráva byla nalezena.
scenario-7-contact-title = Podpora
scenario-7-contact-text = Pokud ani po několika hodinách nenajdete příčinu, napište podpoře a uveďte:

## Co si připravit, než se obrátíte na podporu

scenario-gather-mailbox = Adresu schránky
scenario-gather-client = Název a verzi poštovního klienta
scenario-gather-error = Přesné znění chybového hlášení nebo jeho snímek obrazovky
scenario-gather-browser = Název a verzi webového prohlížeče
scenario-gather-domain = Doménu
scenario-gather-script = Skript, který odesílá, a jak odesílá
scenario-gather-when = Datum a čas odeslání, co nejpřesněji
scenario-gather-recipient = Adresu příjemce
scenario-gather-sender = Adresu odesílatele
scenario-gather-server-ip = Název a IP adresu serveru
scenario-gather-log-lines = Řádky poštovního logu, které se týkají zprávy
scenario-gather-message-id = Message-ID zprávy z jejích hlaviček ve složce Odeslaná pošta, nebo její ID ve frontě z poštovního logu
scenario-gather-how-sent = Způsob odeslání: přes SMTP server poskytovatele, z PHP na webhostingu, nebo jinak

## SPF, DKIM a DMARC odesílající domény: stejný krok ve scénářích 4, 5 a 7. Vyžadují je Gmail a Yahoo
## (od února 2024) a Outlook.com (od května 2025).

domain-spf-title = Jeden SPF záznam včetně poskytovatele
domain-spf-text =
    Má odesílající doména právě jeden SPF záznam (TXT záznam začínající v=spf1) a zahrnuje servery,
    ze kterých se pošta odesílá (u poskytovatele { $provider } include:{ $spf-include })?
domain-spf-unsure =
    Vyhledejte TXT záznamy domény a spočítejte ty, které začínají v=spf1:
      dig TXT example.com
domain-spf-no =
    Zveřejněte jeden SPF záznam, který uvádí všechny služby odesílající poštu za doménu, například
    „v=spf1 include:{ $spf-include } ~all“; dva SPF záznamy jsou chyba, stejně jako záznam, který
    potřebuje víc než 10 DNS dotazů (RFC 7208). Zakončete ho ~all, nebo -all, až v něm budou všichni
    odesílatelé. Přeposílající server SPF poruší, pokud nepřepisuje odesílatele (SRS); DKIM přeposlání
    vydrží.
domain-dkim-title = Podepisování DKIM zapnuté
domain-dkim-text =
    Je pro doménu zapnuté podepisování DKIM a je její veřejný klíč zveřejněný v DNS pod selektorem,
    kterým se zprávy podepisují?
domain-dkim-unsure =
    Selektor je hodnota s= v hlavičce DKIM-Signature odeslané zprávy; vyhledejte jeho klíč:
      dig TXT selector._domainkey.example.com
domain-dkim-no =
    Zapněte podepisování DKIM pro doménu v administraci nebo v podepisovacím softwaru serveru
    a pod selector._domainkey zveřejněte TXT záznam, který vám vygeneruje. Záznam s klíčem musí být
    v DNS dostupný dřív, než se tímto klíčem začnou zprávy podepisovat.
domain-dmarc-title = DMARC záznam
domain-dmarc-text = Má doména DMARC záznam, tedy TXT záznam na _dmarc.<doména>?
domain-dmarc-unsure =
    Vyhledejte ho; odpověď začíná v=DMARC1:
      dig TXT _dmarc.example.com
domain-dmarc-no =
    Zveřejněte TXT záznam na _dmarc.<doména>, zpočátku
    „v=DMARC1; p=none; rua=mailto:<adresa pro reporty>“ (RFC 7489). Gmail a Yahoo ho od hromadných
    odesílatelů vyžadují a Outlook.com jejich poštu bez něj odmítá (550 5.7.515).
domain-align-title = Doména v poli Od souhlasí
domain-align-text =
    Je doména adresy v poli Od stejná jako doména, kterou ověřuje SPF nebo DKIM (doména obálkového
    odesílatele nebo d= v podpisu DKIM)?
domain-align-unsure =
    V hlavičkách doručené kopie porovnejte doménu v poli Od s hodnotami smtp.mailfrom a header.d
    v řádku Authentication-Results.
domain-align-no =
    DMARC projde, jen když doména v poli Od odpovídá doméně z úspěšné kontroly SPF nebo DKIM.
    Odesílejte z adresy své domény a podepisujte jejím klíčem DKIM; skript nebo služba pro rozesílání
    newsletterů musí používat vaši doménu, ne svou vlastní.
