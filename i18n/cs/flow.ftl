### Úvodní kontroly průvodce a sedm scénářů (čeština).
### Údaje o poskytovateli přicházejí z profilu jako proměnné: $provider, $daily-limit, $hourly-account-limit,
### $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server, $imap-server, $pop3-server,
### $mail-log, $php-sending, $spam-folder.

## Vstupní obrazovky

ui-start-title = Úvod
ui-start-text = Co chcete udělat?
ui-start-prechecks = Spustit úvodní kontroly (vhodné, když nevíte, co nefunguje)
ui-start-scenarios = Vím, co nefunguje: vybrat jeden ze sedmi problémů
ui-start-code = Mám chybový kód nebo nedoručenku
ui-pick-title = Co nefunguje
ui-pick-text = Co nejlépe popisuje váš problém?
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
    Otevřete webmail ({ $webmail }), pošlete zprávu na svou vlastní adresu a počkejte, až dorazí.
    Fungovalo odeslání i příjem?
check-webmail-unsure =
    Když ve webmailu pošlete zprávu sami sobě, otestujete oba směry najednou. Pokud se nemůžete
    vůbec přihlásit, odpovězte „ne“.
check-webmail-yes =
    Schránka i servery poskytovatele fungují. Chyba je nejspíš v nastavení poštovního klienta, proto
    ho porovnejte se scénářem, který odpovídá vašemu problému.
check-login-title = Přihlášení
check-login-text = Přihlásíte se do webmailu celou e-mailovou adresou jako přihlašovacím jménem a svým heslem?
check-login-unsure =
    Přihlašovací jméno je celá adresa, například anna@example.com, ne jen „anna“. Zkuste se takto
    jednou přihlásit do webmailu.
check-login-no =
    Zadejte celou adresu včetně části za @. Pokud to stále nejde, nastavte schránce v administraci
    ({ $control-panel }) nové heslo a použijte ho ve webmailu i ve všech poštovních klientech.
check-maintenance-title = Bez údržby
check-maintenance-text =
    Je stavová stránka ({ $status-page }) bez údržby či výpadků, které by se týkaly vaší
    služby?
check-maintenance-unsure =
    Otevřete stavovou stránku a mezi probíhajícími a plánovanými pracemi hledejte svou službu nebo
    název svého serveru.
check-maintenance-no =
    Probíhající práce mohou poštu zdržet nebo přerušit. Počkejte, až budou označeny jako dokončené,
    a zkuste to znovu; zprávy zadržené během prací se obvykle doručí dodatečně.
check-mx-title = MX záznamy
check-mx-text = Směřují MX záznamy domény na poštovní servery poskytovatele { $provider }?
check-mx-unsure =
    Zjistěte MX záznamy domény, například příkazem „dig MX example.com“ nebo
    „nslookup -type=mx example.com“, a porovnejte je s těmi, které doporučuje administrace.
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

scenario-1-left-title = Odesláno, ale nedoručeno?
scenario-1-left-text =
    Odeslal poštovní klient zprávu bez chyby (je v Odeslané poště), ale příjemce ji nikdy
    nedostal?
scenario-1-left-unsure =
    Podívejte se do složek Odeslaná pošta a Pošta k odeslání. Zpráva v Odeslané poště klienta
    opustila, zpráva v Poště k odeslání ne.
scenario-1-error-title = Hlášení chyby
scenario-1-error-text = Zobrazí poštovní klient při odesílání chybové hlášení?
scenario-1-error-unsure = Pošlete sami sobě krátkou zkušební zprávu a sledujte, zda se objeví okno nebo upozornění s chybou.
scenario-1-code-title = Chyba
scenario-1-code-text = Zadejte kód nebo vložte text chyby, který poštovní klient zobrazil.
scenario-1-config-title = Server odchozí pošty
scenario-1-config-text =
    V nastavení účtu zkontrolujte server odchozí pošty: server { $smtp-server }, port 587 se
    STARTTLS nebo port 465 se SSL/TLS. Funguje po opravě odesílání?
scenario-1-config-unsure =
    Server odchozí pošty (SMTP) najdete v nastavení účtu v klientovi, často pod položkou „Nastavení
    serveru“ nebo „Server odchozí pošty“.
scenario-1-auth-title = Ověření SMTP
scenario-1-auth-text =
    Zapněte volbu „Server pro odchozí poštu (SMTP) vyžaduje ověření“ s celou e-mailovou adresou jako
    uživatelským jménem a stejným heslem jako ve webmailu. Funguje teď odesílání?
scenario-1-auth-unsure =
    Pokud se s touto adresou a heslem přihlásíte do webmailu ({ $webmail }), jsou správné i pro
    poštovního klienta.
scenario-1-limit-title = Limity odesílání
scenario-1-limit-text =
    Dodrželi jste limity: { $hourly-account-limit } { $hourly-account-limit ->
        [one] zpráva
        [few] zprávy
        [many] zprávy
       *[other] zpráv
    } za hodinu z jedné schránky a { $hourly-ip-limit } za hodinu z jedné IP adresy (u skriptů
    na webhostingu { $daily-limit } denně)?
scenario-1-limit-unsure =
    Spočítejte, co odešlo za poslední hodinu, včetně newsletterů a kopií poslaných více příjemcům
    najednou: počítá se každý příjemce.
scenario-1-limit-no =
    Po překročení limitu server další zprávy na čas odmítá. Než začnete znovu odesílat, hodinu
    počkejte a velké rozesílky rozložte v čase nebo pro ně použijte specializovanou službu.
scenario-1-solved-title = Odesílání funguje
scenario-1-solved-text = Odesílání opět funguje. Toto nastavení použijte ve všech programech s touto schránkou.
scenario-1-contact-title = Podpora
scenario-1-contact-text = Pokud odesílání stále nefunguje, napište podpoře a uveďte:

## 2. Příjem v poštovním klientovi

scenario-2-left-title = Připojeno, ale nic nepřichází?
scenario-2-left-text =
    Připojí se poštovní klient k serveru bez chyby, ale zprávy, které očekáváte, se nikdy
    neobjeví?
scenario-2-left-unsure =
    Použijte „Odeslat a přijmout“ nebo „Načíst zprávy“. Když se neobjeví chyba a klient hlásí,
    že je vše aktuální, připojení funguje.
scenario-2-config-title = Server příchozí pošty
scenario-2-config-text =
    Zkontrolujte server příchozí pošty: IMAP { $imap-server } na portu 993 se SSL/TLS, nebo POP3
    { $pop3-server } na portu 995 se SSL/TLS, a jako uživatelské jméno celou e-mailovou adresu.
    Funguje po opravě příjem?
scenario-2-config-unsure = IMAP nechává zprávy na serveru a zobrazuje složky; POP3 stahuje jen doručenou poštu.
scenario-2-password-title = Heslo
scenario-2-password-text = Přihlásíte se do webmailu ({ $webmail }) stejnou adresou a heslem, jaké používá klient?
scenario-2-password-unsure = Zkopírujte heslo z nastavení klienta na přihlašovací stránku webmailu a zkuste se přihlásit.
scenario-2-password-yes =
    Heslo je správné, takže příčinou je nejspíš nastavení klienta nebo něco mezi ním a serverem,
    například firewall nebo antivirus, který kontroluje poštu.
scenario-2-password-no =
    Nastavte v administraci ({ $control-panel }) nové heslo a zadejte ho ve webmailu i v poštovním
    klientovi.
scenario-2-solved-title = Příjem funguje
scenario-2-solved-text = Příjem opět funguje. Toto nastavení použijte ve všech programech s touto schránkou.
scenario-2-contact-title = Podpora
scenario-2-contact-text = Pokud příjem stále nefunguje, napište podpoře a uveďte:

## 3. Webmail

scenario-3-what-title = Problém s webmailem
scenario-3-what-text = Co ve webmailu nefunguje?
scenario-3-what-login = Nemohu se přihlásit
scenario-3-what-missing = Zpráva chybí nebo se nedostala k příjemci
scenario-3-what-error = Webmail při odesílání hlásí chybu
scenario-3-login-title = Přihlášení celou adresou
scenario-3-login-text = Funguje přihlášení, když jako přihlašovací jméno zadáte celou adresu včetně části za @?
scenario-3-login-unsure = Přihlašovací jméno je vždy celá adresa, například anna@example.com.
scenario-3-password-title = Nové heslo
scenario-3-password-text = Funguje přihlášení, když schránce nastavíte nové heslo v administraci ({ $control-panel })?
scenario-3-password-unsure = Nové heslo začne platit minutu nebo dvě po uložení.
scenario-3-code-title = Chyba
scenario-3-code-text = Zadejte kód nebo vložte text chyby, který webmail zobrazil.
scenario-3-solved-title = Webmail funguje
scenario-3-solved-text = Webmail opět funguje.
scenario-3-contact-title = Podpora
scenario-3-contact-text = Pokud webmail stále nefunguje, napište podpoře a uveďte:

## 4. PHP na webhostingu

scenario-4-function-title = PHP mail()
scenario-4-function-text = Odesílá skript pomocí vestavěné funkce PHP mail()?
scenario-4-function-unsure =
    Podívejte se do skriptu nebo jeho nastavení: poštovní knihovna nastavená na „SMTP“ s hostitelem
    a portem 25 otevírá přímé spojení, místo aby volala mail().
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] Skripty na tomto tarifu mohou používat mail() nebo SMTP spojení s přihlašovacími údaji schránky; zkontrolujte, že je nastavení SMTP ve skriptu úplné.
       *[mail-function-only] Na tomto hostingu mohou skripty odesílat jen přes mail(); přímé SMTP spojení na port 25 je blokované. Přepněte skript nebo jeho knihovnu na mail().
    }
scenario-4-limit-title = Denní limit
scenario-4-limit-text =
    Vešel se hosting do denního limitu ({ $daily-limit } { $daily-limit ->
        [one] zpráva
        [few] zprávy
        [many] zprávy
       *[other] zpráv
    } denně)? Administrace ukazuje, kolik z něj je vyčerpáno.
scenario-4-limit-unsure = Otevřete v administraci ({ $control-panel }) detail hostingu a podívejte se na jeho stav.
scenario-4-limit-no =
    Po dosažení denního limitu se další zprávy až do následujícího dne neodešlou. Posílejte méně,
    například seskupováním upozornění, nebo pro hromadnou poštu použijte rozesílací službu.
scenario-4-arrive-title = Odesláno, ale nedoručeno?
scenario-4-arrive-text = Hlásí mail() úspěch, ale zpráva se k příjemci nikdy nedostane?
scenario-4-arrive-unsure = mail() vrací true, když zprávu předá k odeslání; tuto hodnotu si ve skriptu zapište do logu.
scenario-4-contact-title = Podpora
scenario-4-contact-text = Pokud skript stále nemůže odesílat, napište podpoře a uveďte:

## 5. Odesílání z virtuálního nebo dedikovaného serveru

scenario-5-log-title = Log pošty
scenario-5-log-text = Je v poštovním logu ({ $mail-log }) vidět, že zpráva byla odmítnuta s kódem odpovědi?
scenario-5-log-unsure = Vyhledejte v logu adresu příjemce, například: grep 'recipient@example.com' { $mail-log }
scenario-5-code-title = Odmítnutí
scenario-5-code-text = Vložte řádek z logu s kódem a hlášením přijímajícího serveru.
scenario-5-ptr-title = Reverzní DNS (PTR)
scenario-5-ptr-text =
    Má IP adresa serveru PTR záznam (reverzní DNS) s názvem serveru a odkazuje tento název zpět
    na stejnou adresu?
scenario-5-ptr-unsure = Ověřte to příkazem „dig -x <IP adresa>“ a potom „dig <vrácený název>“.
scenario-5-ptr-no =
    Mnoho přijímajících serverů odmítá poštu z adresy bez odpovídajícího PTR záznamu. V administraci
    ho pro svou IP adresu nastavte na název serveru, který se musí překládat zpět na tuto adresu.
scenario-5-blocklist-title = Blacklisty
scenario-5-blocklist-text = Je IP adresa serveru mimo veřejné blacklisty, jako je Spamhaus?
scenario-5-blocklist-unsure = Zadejte IP adresu na vyhledávací stránce provozovatele blacklistu; každý ukáže, zda na něm adresa je a proč.
scenario-5-blocklist-no =
    Nejdřív najděte příčinu: napadený skript, otevřený relay nebo rozesílku bez souhlasu. Odstraňte
    ji a pak požádejte o vyřazení postupem, který daný blacklist uvádí.
scenario-5-retry-title = Nový pokus
scenario-5-retry-text = Pošlete znovu zkušební zprávu. Dorazí teď?
scenario-5-retry-unsure = Při odesílání sledujte poštovní log; řádek se „status=sent“ nebo „250“ znamená, že zpráva byla přijata.
scenario-5-solved-title = Odesílání funguje
scenario-5-solved-text = Server opět doručuje poštu.
scenario-5-contact-title = Podpora
scenario-5-contact-text = Pokud server stále nemůže odesílat, napište podpoře a uveďte:

## 6. Příjem na virtuálním nebo dedikovaném serveru

scenario-6-mx-title = MX záznamy
scenario-6-mx-text = Směřují MX záznamy domény na tento server?
scenario-6-mx-unsure = Porovnejte výstup „dig MX <vaše doména>“ s názvem a adresou serveru.
scenario-6-mx-no = V DNS zóně domény nasměrujte MX záznamy na tento server; změna se může projevit až za několik hodin.
scenario-6-log-title = Log pošty
scenario-6-log-text = Je v poštovním logu ({ $mail-log }) vidět, že očekávaná zpráva dorazila?
scenario-6-log-unsure = Vyhledejte v logu adresu odesílatele nebo čas odeslání.
scenario-6-log-no =
    Zpráva se na server vůbec nedostala. Zkontrolujte, že je ve firewallu otevřený port 25 a že
    poštovní server běží, a zeptejte se odesílatele, zda mu nepřišla nedoručenka.
scenario-6-antispam-title = Antispam
scenario-6-antispam-text = Propustil antispam na serveru zprávu, aniž by ji odmítl nebo přesunul do karantény?
scenario-6-antispam-unsure = Hledejte zprávu v logu a v karanténě antispamu.
scenario-6-antispam-no = Uvolněte zprávu z karantény a přidejte odesílatele na whitelist, nebo zmírněte pravidlo, které ji zachytilo.
scenario-6-retry-title = Nový pokus
scenario-6-retry-text = Požádejte o novou zkušební zprávu. Dorazí teď?
scenario-6-retry-unsure = Během odesílání zprávy sledujte poštovní log.
scenario-6-solved-title = Příjem funguje
scenario-6-solved-text = Server opět přijímá poštu.
scenario-6-contact-title = Podpora
scenario-6-contact-text = Pokud zprávy stále nepřicházejí, napište podpoře a uveďte:

## 7. Ztracená zpráva

scenario-7-bounce-title = Nedoručenka
scenario-7-bounce-text = Dostal odesílatel zpět zprávu, že doručení selhalo (nedoručenku)?
scenario-7-bounce-unsure = Nedoručenky chodí od „Mail Delivery System“ nebo „MAILER-DAEMON“; hledejte v doručené poště odesílatele i ve spamu.
scenario-7-code-title = Text nedoručenky
scenario-7-code-text = Vložte chybový řádek z nedoručenky, například „550 5.1.1 User unknown“.
scenario-7-address-title = Adresa příjemce
scenario-7-address-text = Je adresa příjemce napsaná přesně správně, včetně domény?
scenario-7-address-unsure = Porovnejte ji písmeno po písmenu s adresou, kterou vám příjemce sám napsal.
scenario-7-address-no = Opravte adresu a zprávu odešlete znovu.
scenario-7-spam-title = Spam
scenario-7-spam-text =
    Je zpráva u příjemce ve složce se spamem? { $spam-folder ->
        [everywhere] Tato složka je vidět ve všech poštovních klientech i ve webmailu.
       *[imap-and-webmail] Tato složka je vidět jen ve webmailu nebo přes IMAP, ne přes POP3.
    }
scenario-7-spam-unsure = Ve webmailu ({ $webmail }) prohledejte složku se spamem podle odesílatele nebo předmětu.
scenario-7-spam-yes = Označte, že zpráva není spam, aby další zprávy od tohoto odesílatele chodily do doručené pošty.
scenario-7-full-title = Plná schránka
scenario-7-full-text = Je schránka příjemce plná?
scenario-7-full-unsure = Plná schránka odmítá nové zprávy a odesílatel pak dostane nedoručenku, která to uvádí.
scenario-7-full-yes = Příjemce musí smazat některé zprávy nebo získat více místa; potom lze zprávu poslat znovu.
scenario-7-mx-title = MX záznamy příjemce
scenario-7-mx-text = Má doména příjemce MX záznamy, které směřují na správné poštovní servery?
scenario-7-mx-unsure = Ověřte to příkazem „dig MX <doména příjemce>“; prázdná odpověď znamená, že žádné nejsou.
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
scenario-gather-how-sent = Způsob odeslání: přes SMTP server poskytovatele, z PHP na webhostingu, nebo jinak
