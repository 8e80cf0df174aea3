### Well-known rejection texts (Czech).
### Jedno shrnutí (jeden řádek) a jedno doporučení pro každý vzor v assets/patterns.toml, v jeho pořadí.

## Gmail (Google)

code-pattern-gmail-unauthenticated-summary = Gmail: zpráva neprošla kontrolami odesílatele (SPF a DKIM)
code-pattern-gmail-unauthenticated-action = Gmail přijímá jen poštu, která pro doménu odesílatele projde kontrolou SPF nebo DKIM. Ten, kdo doménu spravuje, musí odesílající server uvést v jejím SPF záznamu, nebo zapnout podepisování DKIM. Z poštovního klienta odesílejte přes server odchozí pošty svého poskytovatele.

code-pattern-gmail-spf-summary = Gmail: SPF záznam domény nepovoluje odesílající server
code-pattern-gmail-spf-action = SPF záznam domény, tedy položka v DNS se seznamem serverů, které za ni smějí odesílat poštu, neobsahuje server, který tuto zprávu odeslal. Doplňte tento server do záznamu, nebo odesílejte přes server, který v něm už je uvedený.
code-pattern-gmail-dkim-summary = Gmail: zpráva nemá platný podpis DKIM
code-pattern-gmail-dkim-action = Gmail vyžaduje od hromadných odesílatelů platný podpis DKIM. Správce odesílajícího serveru musí odchozí poštu podepisovat klíčem DKIM domény odesílatele a tento klíč zveřejnit v DNS domény.
code-pattern-gmail-tls-summary = Gmail: zpráva nebyla odeslána šifrovaným spojením (TLS)
code-pattern-gmail-tls-action = Gmail omezuje nebo odmítá poštu doručenou bez TLS. Správce odesílajícího serveru musí pro odchozí spojení zapnout TLS (STARTTLS); jakmile bude fungovat, zpráva se odešle znovu automaticky.

code-pattern-gmail-ptr-summary = Gmail: IP adresa odesílajícího serveru nemá odpovídající PTR záznam
code-pattern-gmail-ptr-action = Gmail odmítá poštu z IP adres bez reverzního DNS. Správce odesílajícího serveru musí jeho IP adrese nastavit PTR záznam s názvem serveru a tento název musí odkazovat zpět na stejnou adresu.

code-pattern-gmail-rate-limited-summary = Gmail: příliš mnoho nevyžádané pošty od odesílatele, příjem je zpomalen
code-pattern-gmail-rate-limited-action = Gmail od tohoto serveru nebo domény dočasně přijímá méně zpráv, protože mnoho nedávných zpráv z nich vypadalo jako spam. Zastavte hromadné rozesílky, zkontrolujte, zda na serveru nejsou napadené účty nebo skripty, a pište jen lidem, kteří o vaši poštu požádali.

code-pattern-gmail-likely-unsolicited-summary = Gmail: zprávu odmítl, protože vypadá jako spam
code-pattern-gmail-likely-unsolicited-action = Gmail usoudil, že zpráva, její odkazy nebo reputace odesílajícího serveru připomínají spam. Odstraňte pochybné odkazy a přílohy, ověřte, že odesílající doména projde kontrolou SPF a DKIM, a zkontrolujte, že IP adresa serveru není na žádném blacklistu.

code-pattern-gmail-mailbox-full-summary = Gmail: ve schránce příjemce došlo úložné místo
code-pattern-gmail-mailbox-full-action = Příjemce vyčerpal své úložiště Google, takže nová pošta se k němu nedostane. Dejte mu vědět jinou cestou, například telefonicky, ať uvolní místo nebo si dokoupí další, a pak zprávu pošlete znovu.

code-pattern-gmail-no-such-user-summary = Gmail: adresa, na kterou jste psali, neexistuje
code-pattern-gmail-no-such-user-action = Zkontrolujte, zda v adrese příjemce není překlep nebo mezera navíc, hlavně v části před @. Pokud vypadá správně, zeptejte se příjemce jinou cestou na jeho aktuální adresu.

code-pattern-gmail-bad-credentials-summary = Gmail: uživatelské jméno nebo heslo nebylo přijato
code-pattern-gmail-bad-credentials-action = Poštovní klient se k serveru Gmailu přihlásil chybným nebo starým heslem. Zadejte celou adresu a aktuální heslo; pokud účet Google používá dvoufázové ověření, vytvořte si v něm heslo aplikace a zadejte ho místo běžného hesla.

## Microsoft (Outlook.com, Microsoft 365)

code-pattern-microsoft-ip-not-accepted-summary = Microsoft: poštu z IP adresy odesílajícího serveru nepřijímá
code-pattern-microsoft-ip-not-accepted-action = Microsoft odmítá poštu z této IP adresy kvůli její špatné reputaci, často poté, co se přes ni rozesílal spam. Správce odesílajícího serveru musí odstranit příčinu, například napadený účet nebo skript, a potom požádat podporu Microsoftu o zrušení blokace.

code-pattern-microsoft-banned-ip-summary = Microsoft: odesílající IP adresa je na blacklistu Microsoftu
code-pattern-microsoft-banned-ip-action = Správce odesílajícího serveru musí nejdřív odstranit příčinu, například napadený účet nebo skript. Potom může o vyřazení IP adresy uvedené v hlášení požádat na stránce Microsoftu pro vyřazení z blacklistu, sender.office.com.

code-pattern-microsoft-blocklist-summary = Outlook.com: síť odesílatele je na blacklistu Microsoftu
code-pattern-microsoft-blocklist-action = Outlook.com a Hotmail blokují poštu ze sítě, ze které zpráva přišla. Správce odesílajícího serveru nebo jeho poskytovatel internetu musí zajistit, aby z této sítě neodcházel žádný spam, a potom požádat podporu Microsoftu pro odesílatele o zrušení blokace.

code-pattern-microsoft-recipient-not-found-summary = Microsoft: u příjemce neexistuje schránka s touto adresou
code-pattern-microsoft-recipient-not-found-action = Organizace příjemce nemá schránku s touto adresou. Zkontrolujte, zda v adrese není překlep; pokud je správně, zeptejte se příjemce jinou cestou, zda se nezměnila. Pokud je doména vaše, ověřte, že schránka v Microsoft 365 existuje.

code-pattern-microsoft-client-not-authenticated-summary = Microsoft 365: poštovní klient se pokusil odesílat bez přihlášení
code-pattern-microsoft-client-not-authenticated-action = V poštovním klientovi zapněte volbu „Server pro odchozí poštu (SMTP) vyžaduje ověření“ s celou e-mailovou adresou a jejím heslem. Správce Microsoft 365 možná bude muset pro schránku také povolit přihlášení přes SMTP (SMTP AUTH).

code-pattern-recipient-access-denied-summary = Access denied: přijímající server odmítl poštu pro tuto adresu
code-pattern-recipient-access-denied-action = Přijímající server pro tuto adresu poštu nepřijímá, často proto, že tam schránka neexistuje nebo MX záznamy domény směřují jinam. Zkontrolujte adresu a potom požádejte příjemce, aby si nechal prověřit nastavení pošty své domény.

## Yahoo a AOL

code-pattern-yahoo-deferred-summary = Yahoo: pošta z tohoto serveru je zdržena kvůli objemu nebo stížnostem
code-pattern-yahoo-deferred-action = Yahoo zadržuje poštu z této IP adresy kvůli náhlému nárůstu objemu nebo stížností na spam. Odesílající server to sám zkusí znovu. Posílejte menší dávky, jen lidem, kteří o ně požádali, a zkontrolujte, zda server nikdo nezneužívá.

code-pattern-yahoo-policy-summary = Yahoo: zpráva byla odmítnuta kvůli zásadám
code-pattern-yahoo-policy-action = Yahoo zprávu odmítl, nejčastěji proto, že odesílající doména neprošla kontrolami SPF, DKIM nebo DMARC, nebo proto, že obsah vypadal jako spam. Ten, kdo doménu spravuje, by měl tyto DNS záznamy zkontrolovat; potom zprávu odešlete znovu.

## Blacklisty

code-pattern-spamhaus-summary = IP adresa odesílajícího serveru je na blacklistu Spamhaus
code-pattern-spamhaus-action = Vyhledejte IP adresu na webu Spamhaus a zjistěte, proč je na seznamu. Správce odesílajícího serveru musí nejdřív odstranit příčinu, například napadený účet nebo skript, virus nebo otevřený relay, a potom požádat Spamhaus o vyřazení.

code-pattern-spamcop-summary = IP adresa odesílajícího serveru je na blacklistu SpamCop
code-pattern-spamcop-action = SpamCop uvádí adresy, ze kterých nedávno odešla pošta, kterou lidé nahlásili jako spam. Správce odesílajícího serveru musí takovou poštu dohledat a zastavit; záznam pak po čase sám vyprší.

code-pattern-barracuda-summary = IP adresa odesílajícího serveru je na reputačním seznamu Barracuda
code-pattern-barracuda-action = Vyhledejte IP adresu na barracudacentral.org. Správce odesílajícího serveru musí nejdřív odstranit příčinu spamu a potom může na stejném webu požádat o vyřazení.

code-pattern-generic-blocklist-summary = IP adresa odesílajícího serveru je na blacklistu, který příjemce používá
code-pattern-generic-blocklist-action = Odpověď obvykle uvádí název seznamu. Vyhledejte IP adresu na webu tohoto seznamu a zjistěte, proč na něm je; správce odesílajícího serveru musí odstranit příčinu a potom požádat provozovatele seznamu o vyřazení.

## Kontroly odesílajícího serveru

code-pattern-greylisting-summary = Greylisting: přijímající server žádá, aby zpráva přišla znovu později
code-pattern-greylisting-action = Obvykle není třeba nic dělat. Přijímající server první pokus od neznámého odesílatele záměrně odmítne; správně nastavený odesílající server to sám zkusí znovu a zpráva pak dorazí, většinou do hodiny.

code-pattern-no-reverse-dns-summary = IP adresa odesílajícího serveru nemá platný záznam reverzního DNS (PTR)
code-pattern-no-reverse-dns-action = Přijímající server vyžaduje, aby odesílající IP adresa měla PTR záznam s názvem serveru a aby tento název odkazoval zpět na stejnou adresu. Správce odesílajícího serveru ho musí nastavit, obvykle v administraci nebo u vlastníka IP adresy.

code-pattern-helo-rejected-summary = Přijímající server odmítl název, kterým se odesílající server představil
code-pattern-helo-rejected-action = Odesílající server se představuje (HELO) názvem, který chybí, je neúplný nebo chybný. Pro HELO nastavte úplný název serveru tak, jak je zapsaný v DNS, ideálně stejný jako v PTR záznamu jeho IP adresy.

## Ověření domény odesílatele

code-pattern-dmarc-fail-summary = DMARC: doména odesílatele žádá odmítat neověřenou poštu
code-pattern-dmarc-fail-action = Doména v adrese v poli Od má nastavené zásady DMARC a tato zpráva pro ni neprošla kontrolou SPF ani DKIM. Ten, kdo doménu spravuje, musí odesílající server uvést v SPF a zapnout podepisování DKIM. Takto může selhat i přeposlaná pošta.

code-pattern-spf-fail-summary = Kontrola SPF selhala: tento server nesmí odesílat za doménu odesílatele
code-pattern-spf-fail-action = SPF záznam domény odesílatele neuvádí server, který zprávu odeslal. Z poštovního klienta odesílejte přes server odchozí pošty svého poskytovatele; jinak požádejte toho, kdo spravuje DNS domény, aby odesílající server do záznamu doplnil.

code-pattern-dkim-fail-summary = Kontrola DKIM selhala: podpis zprávy chybí nebo je neplatný
code-pattern-dkim-fail-action = Přijímající server nedokázal ověřit DKIM podpis zprávy. Ten, kdo spravuje odesílající doménu, by měl zkontrolovat, že je podepisování DKIM zapnuté a že klíč zveřejněný v DNS odpovídá. Podpis může poškodit i úprava zprávy cestou.

## Přihlášení a adresa odesílatele

code-pattern-auth-failed-summary = Přihlášení selhalo: server nepřijal uživatelské jméno nebo heslo
code-pattern-auth-failed-action = Zkontrolujte přihlášení v poštovním klientovi: celá e-mailová adresa jako uživatelské jméno a aktuální heslo. Pokud to stále nejde, nastavte v administraci ({ $control-panel }) nové heslo a zadejte ho ve všech poštovních klientech.

code-pattern-starttls-required-summary = Vyžaduje se šifrování: server chce nejdřív šifrované spojení
code-pattern-starttls-required-action = V poštovním klientovi zapněte šifrování pro server odchozí pošty: STARTTLS na portu 587, nebo SSL/TLS na portu 465. Pak to zkuste znovu.

code-pattern-sender-login-mismatch-summary = Adresa odesílatele nepatří k účtu, který se přihlásil
code-pattern-sender-login-mismatch-action = Server vám dovolí odesílat jen z adres, které patří k vašemu přihlášení. V poštovním klientovi nastavte adresu v poli Od stejnou jako schránka, ke které se přihlašujete, nebo se přihlaste ke schránce s touto adresou.

code-pattern-sender-address-rejected-summary = Přijímající server odmítl adresu odesílatele
code-pattern-sender-address-rejected-action = Adresa odesílatele byla odmítnuta, často proto, že její doména v DNS neexistuje nebo z této adresy není dovoleno tam odesílat. Zkontrolujte adresu v poli Od v poštovním klientovi nebo ve skriptu a ověřte, že její doména má funkční DNS záznamy.

## Předávání pošty (relay)

code-pattern-relay-access-denied-summary = Relay access denied: server pro tohoto příjemce poštu nepřijme
code-pattern-relay-access-denied-action =
    Server, který zprávu dostal, poštu pro adresu příjemce neobsluhuje. Buď MX záznamy domény
    směrují poštu na nesprávný server, nebo tam schránka neexistuje. Zkontrolujte adresu a potom
    MX záznamy domény příjemce. Pokud tuto odpověď vrátil SMTP server vašeho poskytovatele,
    nejdřív se k němu přihlaste.

code-pattern-relay-not-permitted-summary = Relaying denied: server za vás zprávu dál nepředá
code-pattern-relay-not-permitted-action = Server předává poštu dál jen přihlášeným uživatelům. Zapněte volbu „Server pro odchozí poštu (SMTP) vyžaduje ověření“ s celou e-mailovou adresou a jejím heslem. Pokud odpověď přišla ze serveru příjemce, zkontrolujte MX záznamy jeho domény.

## Limity a velikosti

code-pattern-sending-limit-summary = Dosažen limit odesílání: bylo odesláno příliš mnoho zpráv
code-pattern-sending-limit-action =
    Před dalším odesíláním počkejte; limit se sám obnoví. Na serveru vašeho poskytovatele platí
    limity { $hourly-account-limit } { $hourly-account-limit ->
        [one] zpráva
        [few] zprávy
        [many] zprávy
       *[other] zpráv
    } za hodinu z jedné schránky a { $daily-limit } denně u skriptů. Velké rozesílky rozložte
    v čase.

code-pattern-too-many-recipients-summary = Příliš mnoho příjemců v jedné zprávě
code-pattern-too-many-recipients-action = Server přijímá v jedné zprávě jen omezený počet příjemců. Rozdělte seznam na menší skupiny a pošlete několik zpráv, nebo pro velké seznamy použijte rozesílací službu.

code-pattern-message-too-large-summary = Zpráva je větší, než přijímající server povoluje
code-pattern-message-too-large-action = Zmenšete zprávu: velké soubory sdílejte jako odkaz ke stažení nebo je zkomprimujte. Přílohy se při odeslání zvětší zhruba o třetinu, proto si nechte rezervu. Pak zprávu pošlete znovu.

## Schránka příjemce

code-pattern-mailbox-full-summary = Schránka příjemce je plná (překročila kvótu)
code-pattern-mailbox-full-action = Příjemce musí smazat některé zprávy nebo získat víc místa, jinak se do schránky nová pošta nedostane. Dejte mu vědět jinou cestou a pak zprávu pošlete znovu. Pokud je schránka vaše, vyprázdněte ve webmailu koš a velké složky.

code-pattern-mailbox-disabled-summary = Schránka příjemce je vypnutá nebo se už nepoužívá
code-pattern-mailbox-disabled-action = Adresa je známá, ale poštu nepřijímá, často proto, že byl účet zrušen nebo se dlouho nepoužíval. Zeptejte se příjemce jinou cestou na adresu, která funguje.

code-pattern-user-unknown-summary = Neznámý příjemce: schránka s touto adresou neexistuje
code-pattern-user-unknown-action = Zkontrolujte, zda v adrese příjemce není překlep, hlavně kolem @ a v doméně. Pokud je správně, zeptejte se příjemce jinou cestou, zda adresa stále existuje.
