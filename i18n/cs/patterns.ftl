### Well-known rejection texts (Czech).
### Jedno shrnutí (jeden řádek) a jedno doporučení pro každý vzor v assets/patterns.toml, v jeho pořadí.

## Yahoo a AOL

code-pattern-yahoo-unauthenticated-summary = Yahoo: zpráva neprošla pro doménu odesílatele kontrolou SPF ani DKIM
code-pattern-yahoo-unauthenticated-action = Yahoo přijímá poštu, jen když doména odesílatele projde kontrolou SPF nebo DKIM. Ten, kdo doménu spravuje, musí odesílající server uvést v jejím SPF záznamu a zapnout podepisování DKIM. Z poštovního klienta odesílejte přes server odchozí pošty svého poskytovatele.

code-pattern-yahoo-permanently-deferred-summary = Yahoo: poštu z tohoto serveru odmítá a opakování nepomůže
code-pattern-yahoo-permanently-deferred-action = Yahoo přestal přijímat poštu z odesílající IP adresy kvůli stížnostem, objemu typickému pro spam nebo špatné reputaci. Opakované odeslání nic nezmění. Správce odesílajícího serveru musí najít a zastavit příčinu, například napadený účet nebo skript či nevyžádané hromadné rozesílky, a potom požádat Yahoo o přezkoumání přes formulář podpory Sender Hub.

code-pattern-yahoo-deferred-summary = Yahoo: pošta z tohoto serveru je zdržena kvůli objemu nebo stížnostem
code-pattern-yahoo-deferred-action = Yahoo zadržuje poštu z této IP adresy kvůli náhlému nárůstu objemu nebo stížností na spam. Odesílající server to sám zkusí znovu. Posílejte menší dávky, jen lidem, kteří o ně požádali, a zkontrolujte, zda server nikdo nezneužívá. Pokud to trvá déle než dva dny, požádá správce serveru Yahoo o přezkoumání přes Sender Hub.

code-pattern-yahoo-unresolvable-domain-summary = Yahoo: doménu z adresy odesílatele nelze v DNS najít
code-pattern-yahoo-unresolvable-domain-action = Yahoo hledal doménu z adresy odesílatele v DNS a nedostal odpověď. Zkontrolujte, že je doména zaregistrovaná, že jí nevypršela platnost a že její DNS servery odpovídají, například příkazem „dig SOA example.com“. Subdoména použitá v adresách odesílatele potřebuje vlastní DNS záznamy včetně SOA.

code-pattern-yahoo-content-summary = Yahoo: odmítl něco v obsahu zprávy
code-pattern-yahoo-content-action = Yahoo odmítl samotný obsah, nejčastěji odkaz nebo přílohu, které považuje za phishing nebo malware. Pochybné odkazy a přílohy odstraňte nebo nahraďte a zprávu pošlete znovu. Pokud takové zprávy odcházejí ze serveru bez vašeho vědomí, musí jeho správce ve frontě odchozí pošty prověřit, zda server někdo nezneužívá.

code-pattern-yahoo-policy-summary = Yahoo: zpráva byla odmítnuta kvůli zásadám
code-pattern-yahoo-policy-action = Yahoo zprávu odmítl, nejčastěji proto, že odesílající doména neprošla kontrolami SPF, DKIM nebo DMARC, nebo proto, že obsah vypadal jako spam. Ten, kdo doménu spravuje, by měl tyto DNS záznamy zkontrolovat; potom zprávu odešlete znovu.

## Gmail (Google)

code-pattern-gmail-ptr-summary = Gmail: IP adresa odesílajícího serveru nemá odpovídající PTR záznam
code-pattern-gmail-ptr-action = Gmail odmítá nebo zpomaluje poštu z IP adres bez reverzního DNS, a to i u adres IPv6. Správce odesílajícího serveru musí jeho IP adrese nastavit PTR záznam s názvem serveru a tento název musí odkazovat zpět na stejnou adresu.

code-pattern-gmail-spf-suspicious-summary = Gmail: SPF záznam odesílající domény obsahuje podezřelé položky
code-pattern-gmail-spf-suspicious-action = Gmail nedůvěřuje SPF záznamu domény, například proto, že povoluje příliš mnoho adres (třeba „+all“ nebo obrovský rozsah adres), nebo obsahuje chybné položky. Ten, kdo spravuje DNS domény, by měl mít jeden krátký SPF záznam, který uvádí jen služby, jež za doménu skutečně odesílají, například „v=spf1 include:{ $spf-include } ~all“.

code-pattern-gmail-spf-hardfail-summary = Gmail: server chybí v přísném SPF záznamu domény (-all)
code-pattern-gmail-spf-hardfail-action = Doména odesílatele pomocí „-all“ určuje, že za ni smějí odesílat jen servery z jejího SPF záznamu, a tento server mezi nimi není. Ten, kdo spravuje DNS domény, musí odesílající server do záznamu doplnit, jinak musí zpráva jít přes server, který v něm uvedený je. Stejně selže i pošta přeposlaná serverem bez SRS.

code-pattern-gmail-spf-summary = Gmail: SPF záznam domény nepovoluje odesílající server
code-pattern-gmail-spf-action = SPF záznam domény, tedy položka v DNS se seznamem serverů, které za ni smějí odesílat poštu, neobsahuje server, který tuto zprávu odeslal. Doplňte tento server do záznamu (pro poštu odesílanou přes poskytovatele { $provider }: include:{ $spf-include }), nebo odesílejte přes server, který v něm už je uvedený.

code-pattern-gmail-dkim-summary = Gmail: zpráva nemá platný podpis DKIM
code-pattern-gmail-dkim-action = Gmail vyžaduje od hromadných odesílatelů platný podpis DKIM. Správce odesílajícího serveru musí odchozí poštu podepisovat klíčem DKIM domény odesílatele a tento klíč zveřejnit v DNS domény pod selektorem, kterým se zprávy podepisují.

code-pattern-gmail-tls-summary = Gmail: zpráva nebyla odeslána šifrovaným spojením (TLS)
code-pattern-gmail-tls-action = Gmail omezuje nebo odmítá poštu doručenou bez TLS. Správce odesílajícího serveru musí pro odchozí spojení zapnout TLS (STARTTLS), v Postfixu pomocí smtp_tls_security_level = may; jakmile bude fungovat, zpráva se odešle znovu automaticky.

code-pattern-gmail-tls-required-rcpt-summary = Gmail: doména příjemce přijímá poštu jen přes TLS
code-pattern-gmail-tls-required-rcpt-action = Google Workspace příjemce přijímá poštu pro jeho doménu jen šifrovaným spojením a odesílající server takové spojení nepoužil. Jde o nastavení odesílajícího serveru, ne poštovního klienta: jeho správce musí pro odchozí poštu zapnout TLS (v Postfixu smtp_tls_security_level = may).

code-pattern-gmail-dmarc-dns-summary = Gmail: kvůli chybám DNS nešlo doménu odesílatele ověřit
code-pattern-gmail-dmarc-dns-action = Gmail nedokázal zjistit záznamy SPF, DKIM či DMARC domény odesílatele, protože její DNS servery neodpověděly. Odesílající server to sám zkusí znovu. Pokud se to opakuje, musí ten, kdo doménu spravuje, ověřit, že odpovídají všechny její DNS servery, například příkazem „dig TXT _dmarc.example.com“.

code-pattern-gmail-no-dmarc-summary = Gmail: odesílající doména nemá DMARC záznam se zásadami
code-pattern-gmail-no-dmarc-action = Gmail vyžaduje, aby hromadní odesílatelé zveřejnili DMARC. Ten, kdo spravuje DNS domény, přidá TXT záznam na _dmarc.<doména>, zpočátku „v=DMARC1; p=none; rua=mailto:<adresa pro reporty>“, a zajistí, aby SPF a DKIM dál procházely. Potom zprávu pošlete znovu.

code-pattern-gmail-not-aligned-summary = Gmail: doména v poli Od není ta, kterou ověřilo SPF nebo DKIM
code-pattern-gmail-not-aligned-action = Doména v adrese v poli Od se liší od domény, která prošla kontrolou SPF (obálkový odesílatel) nebo DKIM (d= v podpisu). Typicky jde o kontaktní formulář, který do pole Od dává adresu návštěvníka, nebo o službu pro rozesílání newsletterů, která podepisuje svou vlastní doménou. Odesílejte z adresy své domény podepsané jejím klíčem DKIM, nebo službu nastavte tak, aby používala vaši doménu.

code-pattern-gmail-unauthenticated-summary = Gmail: zpráva neprošla kontrolami odesílatele (SPF a DKIM)
code-pattern-gmail-unauthenticated-action = Gmail přijímá jen poštu, která pro doménu odesílatele projde kontrolou SPF nebo DKIM. Ten, kdo doménu spravuje, musí odesílající server uvést v jejím SPF záznamu, nebo zapnout podepisování DKIM. Z poštovního klienta odesílejte přes server odchozí pošty svého poskytovatele.

code-pattern-gmail-direct-not-authorized-summary = Gmail: z této IP adresy nelze doručovat poštu přímo do Gmailu
code-pattern-gmail-direct-not-authorized-action = Zpráva přišla přímo z adresy, ze které se pošta sama doručovat nemá, například z domácího nebo kancelářského připojení, z NAS, z tiskárny nebo ze skriptu. Nastavte zařízení nebo program tak, aby odesílal přes server odchozí pošty vašeho poskytovatele, { $smtp-server }, na portu 587 se STARTTLS nebo 465 se SSL/TLS, s přihlášením adresou schránky a jejím heslem.

code-pattern-gmail-rate-limited-summary = Gmail: příliš mnoho nevyžádané pošty od odesílatele, příjem je zpomalen
code-pattern-gmail-rate-limited-action = Gmail od tohoto serveru nebo domény dočasně přijímá méně zpráv, protože mnoho nedávných zpráv z nich vypadalo jako spam. Zastavte hromadné rozesílky, zkontrolujte, zda na serveru nejsou napadené účty nebo skripty, a pište jen lidem, kteří o vaši poštu požádali.

code-pattern-gmail-likely-unsolicited-summary = Gmail: zprávu odmítl, protože vypadá jako spam
code-pattern-gmail-likely-unsolicited-action = Gmail usoudil, že zpráva, její odkazy nebo reputace odesílajícího serveru připomínají spam. Odstraňte pochybné odkazy a přílohy, ověřte, že odesílající doména projde kontrolou SPF a DKIM, a zkontrolujte, že IP adresa serveru není na žádném blacklistu.

code-pattern-gmail-rfc5322-summary = Gmail: hlavičky zprávy porušují poštovní standard (RFC 5322)
code-pattern-gmail-rfc5322-action = Gmail odmítá zprávy bez platné hlavičky Message-ID nebo From, s více než jednou adresou v poli From, se zdvojenými hlavičkami nebo takové, které opakovaně používají stejné Message-ID. Způsobuje to program nebo skript, který zprávy sestavuje: každé zprávě dejte jednu adresu From, vlastní Message-ID a hlavičku Date.

code-pattern-gmail-content-blocked-summary = Gmail: příloha nebo obsah byly zablokovány jako bezpečnostní riziko
code-pattern-gmail-content-blocked-action = Gmail blokuje přílohy, které mohou přenášet malware, například soubory .exe, .js nebo .bat, i uvnitř souborů .zip, a dokumenty se škodlivými makry. Takový soubor sdílejte jako odkaz ke stažení nebo pošlete jiný typ souboru a potom zprávu odešlete znovu.

code-pattern-receiving-too-fast-summary = Příjemce dostává poštu příliš rychle: počkejte a zprávu pošlete znovu
code-pattern-receiving-too-fast-action = Do schránky příjemce teď přichází víc pošty, než jeho poskytovatel dovoluje; s vaší zprávou je vše v pořádku. Odesílající server to sám zkusí znovu; z poštovního klienta zprávu pošlete znovu za hodinu nebo dvě.

code-pattern-gmail-mailbox-full-summary = Gmail: ve schránce příjemce došlo úložné místo
code-pattern-gmail-mailbox-full-action = Příjemce vyčerpal své úložiště Google, takže nová pošta se k němu nedostane. Dejte mu vědět jinou cestou, například telefonicky, ať uvolní místo nebo si dokoupí další, a pak zprávu pošlete znovu.

code-pattern-gmail-no-such-user-summary = Gmail: adresa, na kterou jste psali, neexistuje
code-pattern-gmail-no-such-user-action = Zkontrolujte, zda v adrese příjemce není překlep nebo mezera navíc, hlavně v části před @. Pokud vypadá správně, zeptejte se příjemce jinou cestou na jeho aktuální adresu.

code-pattern-gmail-no-such-domain-summary = Gmail: doménu příjemce se nepodařilo najít
code-pattern-gmail-no-such-domain-action = Část za @ není doména, která přijímá poštu. Zkontrolujte v ní překlepy, mezery nebo tečku navíc na konci (gmial.com, example.con), opravte ji a zprávu pošlete znovu.

code-pattern-gmail-web-login-summary = Gmail: Google chce, aby se účet přihlásil ve webovém prohlížeči
code-pattern-gmail-web-login-action = Google zastavil přihlášení poštovního klienta jako neobvyklé. Na stejném zařízení se ve webovém prohlížeči přihlaste k účtu Google a potvrďte bezpečnostní výzvu. Potom účet v klientovi nastavte přes „Přihlásit se přes Google“ nebo s heslem aplikace.

code-pattern-gmail-app-password-summary = Gmail: účet potřebuje pro poštovní klienty heslo aplikace
code-pattern-gmail-app-password-action = Účet Google používá dvoufázové ověření, takže jeho běžné heslo v poštovním klientovi nefunguje. V nastavení zabezpečení účtu Google vytvořte heslo aplikace a zadejte ho v klientovi místo běžného hesla, nebo v klientovi použijte „Přihlásit se přes Google“.

code-pattern-gmail-bad-credentials-summary = Gmail: uživatelské jméno nebo heslo nebylo přijato
code-pattern-gmail-bad-credentials-action = Poštovní klient se k serveru Gmailu přihlásil chybným nebo starým heslem. Zadejte celou adresu a aktuální heslo; pokud účet Google používá dvoufázové ověření, vytvořte si v něm heslo aplikace a zadejte ho místo běžného hesla.

code-pattern-too-many-logins-summary = Příliš mnoho pokusů o přihlášení: server je na čas blokuje
code-pattern-too-many-logins-action = Server na čas odmítá přihlášení, protože v krátké době přišlo příliš mnoho pokusů, často z telefonu nebo programu, který dokola zkouší staré heslo. Opravte heslo ve všech zařízeních, která tuto schránku používají, hodinu počkejte a zkuste to znovu.

## Microsoft (Outlook.com, Microsoft 365)

code-pattern-microsoft-auth-level-summary = Outlook.com: odesílající doména nesplňuje požadavky SPF, DKIM či DMARC
code-pattern-microsoft-auth-level-action = Od května 2025 přijímají Outlook.com, Hotmail a Live.com od hromadných odesílatelů jen poštu, která projde kontrolou SPF i DKIM a jejíž doména má DMARC záznam (alespoň p=none) a souhlasí s doménou ověřenou jednou z těchto kontrol. Ten, kdo spravuje odesílající doménu, musí tyto DNS záznamy opravit; potom zprávu pošlete znovu.

code-pattern-microsoft-rate-limited-summary = Microsoft: odesílající IP adresa je kvůli reputaci zpomalena
code-pattern-microsoft-rate-limited-action = Outlook.com přijímá poštu z této IP adresy jen pomalu kvůli její reputaci, často po spamu nebo stížnostech. Odesílající server to sám zkouší znovu. Jeho správce by měl zastavit veškerou nevyžádanou poštu, sledovat adresu v Microsoft SNDS a pokud to přetrvává, požádat o pomoc podporu Outlook.com pro odesílatele.

code-pattern-microsoft-server-busy-summary = Microsoft: poštu tohoto odesílatele zatím zadržuje; zkouší se znovu
code-pattern-microsoft-server-busy-action = Microsoft zadržuje poštu od tohoto odesílatele, dokud ho neprověří; často jde o novou IP adresu nebo náhlý nárůst objemu. Není třeba nic dělat: odesílající server to zkusí znovu a omezení samo skončí. Pokud trvá déle než den, obrátí se správce serveru na podporu Microsoftu pro odesílatele.

code-pattern-microsoft-external-forwarding-summary = Microsoft 365: organizace nepovoluje přeposílání na externí adresy
code-pattern-microsoft-external-forwarding-action = Pravidlo pro přeposílání poslalo zprávu na externí adresu a organizace v Microsoft 365 automatické přeposílání blokuje. Buď ho její správce pro tuto schránku povolí (zásady pro odchozí spam v Microsoft Defenderu), nebo pravidlo pro přeposílání odstraňte a poštu čtěte přímo ve schránce.

code-pattern-microsoft-bad-outbound-sender-summary = Microsoft 365: schránka má zablokované odesílání, nejspíš je napadená
code-pattern-microsoft-bad-outbound-sender-action = Microsoft tomuto účtu zablokoval odesílání, protože z něj odcházel spam, obvykle poté, co někdo ukradl jeho heslo. Změňte heslo, zapněte vícefaktorové ověřování, prověřte antivirem počítače a telefony, které účet používají, a odstraňte pravidla, která jste nevytvořili. Potom ho správce Microsoft 365 odblokuje v Microsoft Defenderu v části Restricted entities.

code-pattern-microsoft-tenant-blocked-summary = Microsoft 365: celá organizace má zablokované odesílání
code-pattern-microsoft-tenant-blocked-action = Microsoft zastavil odesílání pro tuto organizaci v Microsoft 365, protože většina její odchozí pošty vypadala jako spam nebo přicházela z domén, které v ní nejsou zaregistrované. Její správce musí zabezpečit napadené účty, přidat a ověřit všechny domény, ze kterých organizace odesílá, a potom kontaktovat podporu Microsoftu.

code-pattern-microsoft-send-as-summary = Microsoft 365: účet nesmí odesílat s touto adresou v poli Od
code-pattern-microsoft-send-as-action = Schránka, která se přihlásila, nemá oprávnění odesílat jako adresa v poli Od. Do pole Od dejte vlastní adresu účtu, nebo požádejte správce Microsoft 365, aby účtu pro tuto adresu přidělil oprávnění „Send As“ (v české verzi „Odeslat jako“).

code-pattern-microsoft-tenant-attribution-summary = Microsoft 365: konektor nerozpoznal odesílající server
code-pattern-microsoft-tenant-attribution-action = Microsoft 365 nedokázal zprávu přiřadit k žádné organizaci, obvykle proto, že příchozí konektor pro vlastní server nebo službu organizace už neodpovídá jejich IP adrese nebo certifikátu. Konektor musí opravit správce Microsoft 365; adresa příjemce problém není.

code-pattern-microsoft-smtp-auth-disabled-summary = Microsoft 365: přihlášení heslem pro odesílání (SMTP AUTH) je vypnuté
code-pattern-microsoft-smtp-auth-disabled-action = Microsoft 365 odmítá odesílání s obyčejným uživatelským jménem a heslem, protože organizace SMTP AUTH vypnula, nebo protože Microsoft toto základní ověřování ruší. Nové heslo nepomůže. Správce Microsoft 365 může SMTP AUTH pro schránku zatím povolit; trvalým řešením je program nebo zařízení, které se přihlašuje přes OAuth (moderní ověřování).

code-pattern-microsoft-sender-mailbox-full-summary = Microsoft 365: vaše vlastní schránka je plná, proto nemůže odesílat
code-pattern-microsoft-sender-mailbox-full-action = Exchange Online ukládá kopii každé odeslané zprávy do složky Odeslaná pošta (Sent Items) a plné schránce zablokuje odesílání. Smažte staré zprávy, hlavně ve složkách Odeslaná pošta a Odstraněná pošta (Deleted Items), nebo požádejte správce, aby schránce přidal místo; potom zprávu pošlete znovu.

code-pattern-microsoft-submission-quota-summary = Microsoft 365: schránka dosáhla denního limitu příjemců
code-pattern-microsoft-submission-quota-action = Microsoft 365 dovolí jedné schránce poslat poštu nejvýše 10 000 příjemcům denně a tato schránka limitu dosáhla. Počkejte 24 hodin. Pokud nikdo tolik zpráv úmyslně neposlal, účet může být napadený: změňte jeho heslo a projděte jeho složku Odeslaná pošta. Hromadné rozesílky posílejte přes službu, která je k tomu určená.

code-pattern-microsoft-submission-throttled-summary = Microsoft 365: přes SMTP bylo najednou odesláno příliš mnoho zpráv
code-pattern-microsoft-submission-throttled-action = Microsoft 365 dovoluje jedné schránce při odesílání přes smtp.office365.com tři spojení současně a 30 zpráv za minutu. Program, který odesílá (například skener nebo aplikace), jich poslal najednou víc. Nastavte ho tak, aby posílal zprávy jednu po druhé nebo pomaleji, a odmítnuté zprávy pošlete znovu.

code-pattern-microsoft-recipient-throttled-summary = Microsoft: do schránky příjemce přichází najednou příliš mnoho pošty
code-pattern-microsoft-recipient-throttled-action = Exchange zpomaluje doručování do schránky, do které přichází najednou mnoho zpráv. Je to dočasné a odesílající server to sám zkusí znovu; není třeba nic dělat, pokud nepřijde nedoručenka.

code-pattern-microsoft-expired-summary = Microsoft: platnost zprávy vypršela dřív, než mohla být doručena
code-pattern-microsoft-expired-action = Server doručení opakovaně zkoušel, ale přijímající server zprávu včas nepřevzal, často proto, že nebyl dostupný. Zkontrolujte adresu příjemce a s příjemcem ověřte, že MX záznamy jeho domény a jeho poštovní server fungují; potom zprávu pošlete znovu.

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

## Apple iCloud Mail

code-pattern-icloud-policy-summary = iCloud Mail: zpráva byla odmítnuta podle místních zásad Applu
code-pattern-icloud-policy-action = Apple zprávu odmítl kvůli reputaci odesílatele nebo chybějícímu ověření. Ten, kdo spravuje odesílající doménu a server, zkontroluje, že SPF a DKIM procházejí, že existuje DMARC záznam a že odesílající IP adresa má reverzní DNS. Pokud to stále selhává, napíše na icloudadmin@apple.com a uvede doménu, IP adresy a celé znění chyby.

## T-Online

code-pattern-t-online-dialup-summary = T-Online: poštu z vytáčených a dynamických IP adres odmítá
code-pattern-t-online-dialup-action = Zpráva přišla přímo z adresy, kterou T-Online považuje za domácí nebo dynamické připojení. Z takového připojení poštu přímo nedoručujte: odesílejte přes server odchozí pošty svého poskytovatele ({ $smtp-server }) s přihlášením ke schránce, nebo serveru přidělte pevnou adresu s vlastním názvem.

code-pattern-t-online-reputation-summary = T-Online: IP adresu odesílajícího serveru T-Online nezná
code-pattern-t-online-reputation-action = T-Online přijímá poštu jen ze serverů, které zná. Správce odesílajícího serveru nastaví jeho IP adrese PTR záznam s názvem ve vlastní doméně provozovatele, na jejímž webu je uveden provozovatel a kontakt (impressum). Potom napíše na adresu uvedenou v odpovědi (postmaster@rx.t-online.de) a požádá o odblokování IP adresy.

code-pattern-t-online-blocked-summary = T-Online: IP adresa odesílajícího serveru je zablokovaná
code-pattern-t-online-blocked-action = T-Online zablokoval odesílající IP adresu. Správce serveru ověří, že z něj neodchází spam a že jeho název v PTR záznamu vede na web provozovatele, kde je impressum s kontaktními údaji. Potom napíše na adresu uvedenou v odpovědi (tosa@rx.t-online.de) a uvede IP adresu a celé znění chyby.

## GMX a web.de

code-pattern-gmx-bad-ptr-summary = GMX/web.de: odesílající IP adresa nemá platný PTR záznam
code-pattern-gmx-bad-ptr-action = GMX a web.de odmítají servery, jejichž IP adresa nemá název v reverzním DNS nebo jejichž název neodkazuje zpět na tuto adresu. Správce odesílajícího serveru musí nastavit PTR záznam na úplný název serveru, který se musí překládat na stejnou adresu. Odkaz v odpovědi daný případ vysvětluje.

code-pattern-gmx-blocklisted-summary = GMX/web.de: odesílající IP adresa je na jejich blacklistu
code-pattern-gmx-blocklisted-action = GMX a web.de blokují poštu z této IP adresy, často po spamu nebo po mnoha zprávách na neexistující adresy. Správce odesílajícího serveru musí najít a zastavit příčinu; odkaz v odpovědi vede na stránku postmastera, kde může požádat o vyřazení.

code-pattern-gmx-policy-summary = GMX/web.de: zpráva byla odmítnuta kvůli zásadám
code-pattern-gmx-policy-action = GMX a web.de zprávu odmítly podle svých pravidel, nejčastěji proto, že doména odesílatele neprojde kontrolou SPF, DKIM nebo DMARC, nebo má server špatnou reputaci. Odkaz v odpovědi uvádí přesný případ; ten, kdo spravuje doménu a server, opraví to, co v něm stojí.

## Čeští, polští a ruskojazyční poskytovatelé

code-pattern-seznam-user-unknown-summary = Seznam.cz: schránka s touto adresou neexistuje
code-pattern-seznam-user-unknown-action = Na Seznam.cz není žádná schránka s touto adresou. Zkontrolujte, zda v části před @ není překlep; pokud je správně, zeptejte se příjemce jinou cestou na jeho aktuální adresu.

code-pattern-centrum-domain-reputation-summary = Centrum.cz, Atlas.cz: doména ve zprávě má špatnou reputaci
code-pattern-centrum-domain-reputation-action = Antispam Centra, Atlasu a Volného hodnotí doménu použitou ve zprávě, obvykle doménu odesílatele, jako nedůvěryhodnou (reputace domény odesílatele u Cisco Talos). Ten, kdo doménu spravuje, zkontroluje SPF (zakončené -all), DKIM a reverzní DNS serveru. Pokud to stále selhává, požádá o výjimku na helpdesk@economia.cz.

code-pattern-forpsi-policy-violation-summary = Forpsi: odesílání je po náhlé vlně zpráv na čas zablokované
code-pattern-forpsi-policy-violation-action = Server odchozí pošty Forpsi zastavil odesílání z této schránky, domény nebo IP adresy, protože z ní odešlo mnoho zpráv a mnohé z nich nešlo doručit, jak se to stává u napadeného účtu. Prověřte počítač antivirem a změňte heslo. Blokace sama skončí po hodině, nejdéle po 24 hodinách; technická podpora Forpsi ji může zrušit dřív.

code-pattern-interia-ip-reputation-summary = Interia: IP adresa odesílajícího serveru je označená jako zdroj spamu
code-pattern-interia-ip-reputation-action = Uživatelé Interie přesunuli velkou část pošty z této IP adresy do spamu, a proto ji Interia odmítá. Časté příčiny jsou sdílený hosting, marketingová i transakční pošta z jedné adresy, SPF záznam, který adresu neuvádí nebo nekončí -all, a chybějící PTR záznam. Správce odesílajícího serveru musí tyto příčiny odstranit.

code-pattern-wp-sending-blocked-summary = WP/o2: poskytovatel zablokoval odesílání z této schránky
code-pattern-wp-sending-blocked-action = Wirtualna Polska zablokovala odesílání z této schránky, obvykle poté, co z ní někdo s ukradeným heslem rozesílal spam, nebo po překročení limitů odesílání. Z čistého zařízení změňte heslo a prověřte počítač antivirem, potom kontaktujte podporu WP (kontakt@pomoc.wp.pl) a pošlete jí text chyby.

code-pattern-mailru-spam-summary = Mail.ru: zpráva byla odmítnuta jako spam
code-pattern-mailru-spam-action = Filtr Mail.ru vyhodnotil zprávu nebo jejího odesílatele jako spam. Odkaz v odpovědi vede na formulář, kterým lze Mail.ru požádat o přezkoumání blokace. Zkontrolujte, zda zpráva neobsahuje pochybné odkazy a zda odesílající doména projde kontrolou SPF a DKIM.

## Blacklisty

code-pattern-personal-blocklist-summary = Příjemce si vaši adresu sám zablokoval
code-pattern-personal-blocklist-action = Vaši adresu si na vlastní seznam blokovaných odesílatelů dal sám příjemce, ne veřejný blacklist. Požádejte ho jinou cestou, například telefonicky, ať ji odtamtud odstraní; na vaší straně ani na vašem serveru není třeba nic měnit.

code-pattern-spamhaus-open-resolver-summary = Nejste na blacklistu: server příjemce se Spamhausu dotazuje chybně
code-pattern-spamhaus-open-resolver-action = Poštovní server příjemce se Spamhausu ptá přes veřejný DNS resolver, místo odpovědi dostane chybový kód a vyhodnotí ho jako zápis na blacklistu, takže odmítá všechny odesílatele. Vaše adresa na seznamu není. Opravit to může jen správce serveru příjemce, vlastním resolverem nebo klíčem Spamhaus DQS; dejte příjemci vědět jinou cestou.

code-pattern-spamhaus-pbl-summary = Spamhaus PBL: z této IP adresy se nemá posílat pošta přímo
code-pattern-spamhaus-pbl-action = Policy Block List uvádí domácí, dynamické a další adresy, které mají posílat poštu jen přes poskytovatele pošty; nejde o zápis kvůli spamu. Odesílejte přes server odchozí pošty svého poskytovatele ({ $smtp-server }) s přihlášením ke schránce. Vlastník serveru s vlastní pevnou adresou ji může z PBL vyřadit na check.spamhaus.org.

code-pattern-spamhaus-dbl-summary = Spamhaus DBL: doména ve zprávě je na blacklistu
code-pattern-spamhaus-dbl-action = Doména v adrese odesílatele nebo v odkazech ve zprávě je na seznamu Domain Block List od Spamhausu. Na check.spamhaus.org zjistíte, o kterou jde a proč. Odstraňte odkazy na stránky ze seznamu; pokud je na něm vaše vlastní doména, musí ten, kdo ji spravuje, odstranit příčinu, například napadený web, a potom požádat Spamhaus o vyřazení.

code-pattern-spamhaus-summary = IP adresa odesílajícího serveru je na blacklistu Spamhaus
code-pattern-spamhaus-action = Vyhledejte IP adresu na check.spamhaus.org a zjistěte, proč je na seznamu. Správce odesílajícího serveru musí nejdřív odstranit příčinu, například napadený účet nebo skript, virus nebo otevřený relay, a potom požádat Spamhaus o vyřazení.

code-pattern-spamcop-summary = IP adresa odesílajícího serveru je na blacklistu SpamCop
code-pattern-spamcop-action = SpamCop uvádí adresy, ze kterých nedávno odešla pošta, kterou lidé nahlásili jako spam. Správce odesílajícího serveru musí takovou poštu dohledat a zastavit; záznam pak po čase sám vyprší.

code-pattern-barracuda-summary = IP adresa odesílajícího serveru je na reputačním seznamu Barracuda
code-pattern-barracuda-action = Vyhledejte IP adresu na barracudacentral.org. Správce odesílajícího serveru musí nejdřív odstranit příčinu spamu a potom může na stejném webu požádat o vyřazení.

code-pattern-generic-blocklist-summary = IP adresa odesílajícího serveru je na blacklistu, který příjemce používá
code-pattern-generic-blocklist-action = Odpověď obvykle uvádí název seznamu. Vyhledejte IP adresu na webu tohoto seznamu a zjistěte, proč na něm je; správce odesílajícího serveru musí odstranit příčinu a potom požádat provozovatele seznamu o vyřazení.

## Zdržení a spojení odesílajícího serveru

code-pattern-greylisting-summary = Greylisting: přijímající server žádá o nové odeslání zprávy později
code-pattern-greylisting-action = Obvykle není třeba nic dělat. Přijímající server první pokus od neznámého odesílatele záměrně odmítne; správně nastavený odesílající server to sám zkusí znovu a zpráva pak dorazí, většinou do hodiny.

code-pattern-delivery-delayed-summary = Oznámení o zpoždění: zpráva zatím nedorazila, doručení se dál zkouší
code-pattern-delivery-delayed-action = Jde o varování, ne o nedoručenku. Odesílající server zprávu zatím nedokázal doručit a dál to zkouší, obvykle až pět dní; nedoručenku pošle, jen pokud to vzdá. Teď není třeba nic dělat; pokud nedoručenka přijde, přečtěte si ji.

code-pattern-port25-timeout-summary = Server se nemohl připojit k poštovnímu serveru příjemce na portu 25
code-pattern-port25-timeout-action = Spojení s druhým poštovním serverem na portu 25 vypršelo nebo selhalo. Pokud se to děje u všech domén, blokuje odchozí port 25 poskytovatel hostingu nebo cloudu: požádejte ho o jeho otevření, nebo posílejte přes relay s ověřením na portu 587. Pokud se to týká jen jedné domény, její poštovní servery nefungují nebo má chybné MX záznamy.

## Kontroly odesílajícího serveru

code-pattern-no-reverse-dns-summary = IP adresa odesílajícího serveru nemá platný záznam reverzního DNS (PTR)
code-pattern-no-reverse-dns-action = Přijímající server vyžaduje, aby odesílající IP adresa měla PTR záznam s názvem serveru a aby tento název odkazoval zpět na stejnou adresu. Správce odesílajícího serveru ho musí nastavit, obvykle v administraci nebo u vlastníka IP adresy.

code-pattern-helo-rejected-summary = Přijímající server odmítl název, kterým se odesílající server představil
code-pattern-helo-rejected-action = Odesílající server se představuje (HELO) názvem, který chybí, je neúplný nebo chybný. Nastavte ho na úplný název serveru tak, jak je zapsaný v DNS (v Postfixu myhostname), stejný jako v PTR záznamu jeho IP adresy.

## Ověření domény odesílatele

code-pattern-dmarc-fail-summary = DMARC: doména odesílatele žádá odmítat neověřenou poštu
code-pattern-dmarc-fail-action = Doména v adrese v poli Od má nastavené zásady DMARC a tato zpráva neprošla kontrolou SPF ani DKIM pro doménu, která s ní souhlasí: SPF může projít pro doménu obálkového odesílatele, a DMARC přesto selže. Ten, kdo doménu spravuje, musí odesílající server uvést v SPF a podepisovat poštu DKIM pro doménu v poli Od. Takto může selhat i přeposlaná pošta.

code-pattern-spf-fail-summary = Kontrola SPF selhala: tento server nesmí odesílat za doménu odesílatele
code-pattern-spf-fail-action = SPF záznam domény odesílatele neuvádí server, který zprávu odeslal. Z poštovního klienta odesílejte přes server odchozí pošty svého poskytovatele; jinak požádejte toho, kdo spravuje DNS domény, aby odesílající server do záznamu doplnil. Kontrolou SPF neprojde ani pošta přeposlaná serverem, který nepřepisuje odesílatele (SRS).

code-pattern-dkim-fail-summary = Kontrola DKIM selhala: podpis zprávy chybí nebo je neplatný
code-pattern-dkim-fail-action = Přijímající server nedokázal ověřit DKIM podpis zprávy. Ten, kdo spravuje odesílající doménu, by měl zkontrolovat, že je podepisování DKIM zapnuté a že klíč zveřejněný v DNS odpovídá. Podpis může poškodit i úprava zprávy cestou.

## Obsahové filtry

code-pattern-spam-rejected-summary = Antispam přijímajícího serveru zprávu odmítl
code-pattern-spam-rejected-action = Antispam příjemce vyhodnotil zprávu jako spam. Odstraňte pochybné a zkrácené odkazy a velké obrázky bez textu a ověřte, že odesílající doména projde kontrolou SPF a DKIM. Pokud má příjemce schránku nastavenou tak, že spam odmítá, požádejte ho, aby si vaši adresu přidal mezi povolené odesílatele.

## Chyby poštovního klienta při příjmu

code-pattern-outlook-receive-login-summary = Outlook: server příchozí pošty odmítl přihlášení
code-pattern-outlook-receive-login-action = Server příchozí pošty (POP3 nebo IMAP) nepřijal uživatelské jméno nebo heslo. Jako uživatelské jméno zadejte celou e-mailovou adresu a k ní aktuální heslo; pokud si nejste jistí, vyzkoušejte je ve webmailu ({ $webmail }).

code-pattern-outlook-receive-connect-summary = Outlook: nelze se připojit k serveru příchozí pošty
code-pattern-outlook-receive-connect-action = Outlook se nedokázal spojit se serverem příchozí pošty. Zkontrolujte jeho název a port: IMAP { $imap-server } na portu 993, nebo POP3 { $pop3-server } na portu 995, v obou případech se SSL/TLS. Spojení může blokovat i antivirus, který kontroluje poštu, nebo firewall.

code-pattern-thunderbird-receive-login-summary = Thunderbird: server příchozí pošty odmítl přihlášení
code-pattern-thunderbird-receive-login-action = Server nepřijal uživatelské jméno nebo heslo, které má Thunderbird uložené. Zvolte „Vložit nové heslo“ a zadejte aktuální heslo schránky, s celou e-mailovou adresou jako uživatelským jménem; pokud si nejste jistí, vyzkoušejte heslo ve webmailu ({ $webmail }).

## Přihlášení a adresa odesílatele

code-pattern-auth-failed-summary = Přihlášení selhalo: server nepřijal uživatelské jméno nebo heslo
code-pattern-auth-failed-action = Zkontrolujte přihlášení v poštovním klientovi: celá e-mailová adresa jako uživatelské jméno a aktuální heslo. Pokud to stále nejde a schránka je u poskytovatele { $provider }, nastavte v administraci ({ $control-panel }) nové heslo a zadejte ho ve všech poštovních klientech; u schránky jinde heslo změňte tam, kde se tato schránka spravuje.

code-pattern-starttls-required-summary = Vyžaduje se šifrování: server chce nejdřív šifrované spojení
code-pattern-starttls-required-action = V poštovním klientovi zapněte šifrování pro server odchozí pošty: STARTTLS na portu 587, nebo SSL/TLS na portu 465. Pak to zkuste znovu.

code-pattern-sender-login-mismatch-summary = Adresa odesílatele nepatří k účtu, který se přihlásil
code-pattern-sender-login-mismatch-action = Server vám dovolí odesílat jen z adres, které patří k vašemu přihlášení. V poštovním klientovi nastavte adresu v poli Od stejnou jako schránka, ke které se přihlašujete, nebo se přihlaste ke schránce s touto adresou.

code-pattern-sender-address-rejected-summary = Přijímající server odmítl adresu odesílatele
code-pattern-sender-address-rejected-action = Adresa odesílatele byla odmítnuta, často proto, že její doména v DNS neexistuje nebo z této adresy není dovoleno tam odesílat. Zkontrolujte adresu v poli Od v poštovním klientovi nebo ve skriptu a ověřte, že její doména má funkční DNS záznamy.

## Předávání pošty (relay)

code-pattern-relay-access-denied-summary = Relay access denied: server tuto zprávu dál nepředá
code-pattern-relay-access-denied-action =
    Pokud se to objevilo při odesílání z poštovního klienta nebo skriptu, server vás nerozpoznal jako
    svého uživatele: zapněte volbu „Server pro odchozí poštu (SMTP) vyžaduje ověření“ s celou
    e-mailovou adresou a jejím heslem, na portu 587 nebo 465. Pokud to přišlo v nedoručence,
    přijímající server poštu pro doménu příjemce neobsluhuje: buď MX záznamy domény směrují poštu
    na nesprávný server, nebo tam schránka neexistuje. Zkontrolujte adresu a potom MX záznamy
    domény příjemce.

code-pattern-relay-not-permitted-summary = Relaying denied: server za vás zprávu dál nepředá
code-pattern-relay-not-permitted-action = Server předává poštu dál jen přihlášeným uživatelům. Zapněte volbu „Server pro odchozí poštu (SMTP) vyžaduje ověření“ s celou e-mailovou adresou a jejím heslem. Pokud odpověď přišla ze serveru příjemce, zkontrolujte MX záznamy jeho domény.

## Limity a velikosti

code-pattern-sending-limit-summary = Dosažen limit odesílání: bylo odesláno příliš mnoho zpráv
code-pattern-sending-limit-action =
    Služba, přes kterou odesíláte, dovoluje jen určitý počet zpráv za hodinu nebo za den; než začnete
    znovu odesílat, počkejte, limit se sám obnoví. U poskytovatele { $provider } platí limity
    { $hourly-account-limit } { $hourly-account-limit ->
        [one] zpráva
        [few] zprávy
        [many] zprávy
       *[other] zpráv
    } za hodinu z jedné schránky a { $daily-limit } denně z webhostingu; Gmail a Microsoft 365 mají
    vlastní limity. Velké rozesílky rozložte v čase.

code-pattern-too-many-recipients-summary = Příliš mnoho příjemců v jedné zprávě
code-pattern-too-many-recipients-action = Server přijímá v jedné zprávě jen omezený počet příjemců. Rozdělte seznam na menší skupiny a pošlete několik zpráv, nebo pro velké seznamy použijte rozesílací službu.

code-pattern-message-too-large-summary = Zpráva je větší, než přijímající server povoluje
code-pattern-message-too-large-action = Zmenšete zprávu: velké soubory sdílejte jako odkaz ke stažení nebo je zkomprimujte. Přílohy se při odeslání zvětší zhruba o třetinu, proto si nechte rezervu. Pak zprávu pošlete znovu.

## Smyčky a vypršení

code-pattern-mail-loop-summary = Smyčka pošty: zpráva kolovala mezi servery a byla zastavena
code-pattern-mail-loop-action = Zpráva se předávala tam a zpět, obvykle kvůli pravidlům pro přeposílání, která ukazují jedno na druhé, například u dvou schránek, které si poštu přeposílají navzájem, nebo kvůli chybnému nastavení MX nebo konektoru. Zkontrolujte pravidla pro přeposílání a přesměrování ve schránce odesílatele i příjemce a potom zprávu pošlete znovu.

code-pattern-exim-retry-timeout-summary = Doručení vzdáno: přijímající server příliš dlouho selhával
code-pattern-exim-retry-timeout-action = Odesílající server to zkoušel několik dní a vzdal to. Důvod uvádí chyba před tímto řádkem v nedoručence, často jde o přijímající server, který nebyl dostupný. Zkontrolujte adresu příjemce a MX záznamy jeho domény a zprávu pošlete znovu; pokud takto selhávají všechny domény, může mít odesílající server zablokovaný port 25.

## Doména a schránka příjemce

code-pattern-exim-unrouteable-summary = Unrouteable address: doména příjemce nemá poštovní server
code-pattern-exim-unrouteable-action = Odesílající server pro doménu za @ nenašel žádný záznam MX ani A či AAAA, takže neví, kam zprávu doručit. Zkontrolujte, zda v doméně není překlep; pokud je správně, musí ten, kdo doménu příjemce spravuje, nastavit její MX záznamy.

code-pattern-mailbox-full-summary = Schránka příjemce je plná (překročila kvótu)
code-pattern-mailbox-full-action = Příjemce musí smazat některé zprávy nebo získat víc místa, jinak se do schránky nová pošta nedostane. Dejte mu vědět jinou cestou a pak zprávu pošlete znovu. Pokud je schránka vaše, vyprázdněte ve webmailu koš a velké složky.

code-pattern-mailbox-disabled-summary = Schránka příjemce je vypnutá nebo se už nepoužívá
code-pattern-mailbox-disabled-action = Adresa je známá, ale poštu nepřijímá, často proto, že byl účet zrušen nebo se dlouho nepoužíval. Zeptejte se příjemce jinou cestou na adresu, která funguje.

code-pattern-recipient-access-denied-summary = Access denied: pravidlo přijímajícího serveru tuto adresu odmítá
code-pattern-recipient-access-denied-action = Server příjemce odmítá poštu pro tuto adresu podle pravidla, které nastavil jeho správce, ne proto, že by adresa neexistovala. Zkontrolujte adresu; pokud je správně, požádejte příjemce jinou cestou, aby nechal blokaci zrušit, nebo aby vám dal jinou adresu.

code-pattern-user-unknown-summary = Neznámý příjemce: schránka s touto adresou neexistuje
code-pattern-user-unknown-action = Zkontrolujte, zda v adrese příjemce není překlep, hlavně kolem @ a v doméně. Pokud je správně, zeptejte se příjemce jinou cestou, zda adresa stále existuje.

## Vlastní chyby poštovních klientů

code-pattern-outlook-send-login-summary = Outlook: server odchozí pošty bez přihlášení zprávu neodešle
code-pattern-outlook-send-login-action = Server odchozí pošty zprávu odmítl, obvykle proto, že ji Outlook odeslal bez přihlášení. V nastavení účtu zapněte „Server pro odchozí poštu (SMTP) vyžaduje ověření“ s volbou „Použít stejné nastavení jako pro server příchozí pošty“ a zkontrolujte, že adresa v poli Od je vlastní adresou schránky.

code-pattern-outlook-encryption-summary = Outlook: server nepodporuje zvolený typ šifrování
code-pattern-outlook-encryption-action = Šifrování nastavené pro server neodpovídá jeho portu. Pro server odchozí pošty použijte port 587 se STARTTLS nebo port 465 se SSL/TLS; pro IMAP port 993 a pro POP3 port 995, v obou případech se SSL/TLS.

code-pattern-outlook-connect-summary = Outlook: nelze se připojit k serveru odchozí pošty (SMTP)
code-pattern-outlook-connect-action = Outlook se nedokázal spojit se serverem odchozí pošty. Použijte { $smtp-server } na portu 587 se STARTTLS nebo 465 se SSL/TLS, ne port 25, který mnoho sítí blokuje. Vypněte kontrolu pošty v antiviru nebo firewallu a zkuste to znovu; pokud funguje webmail, server sám je v pořádku.

code-pattern-thunderbird-auth-summary = Thunderbird: server odchozí pošty odmítl přihlášení
code-pattern-thunderbird-auth-action = Thunderbird se nedokázal přihlásit k serveru odchozí pošty. V „Nastavení účtu“, v části „Server odchozí pošty (SMTP)“, nastavte jako uživatelské jméno celou e-mailovou adresu a jako způsob autentizace „Heslo, zabezpečený přenos“ se STARTTLS nebo SSL/TLS, a potom zadejte aktuální heslo.

code-pattern-thunderbird-settings-summary = Thunderbird: chybný název nebo zabezpečení serveru odchozí pošty
code-pattern-thunderbird-settings-action = Název serveru odchozí pošty je napsaný chybně nebo neexistuje, případně jeho „Zabezpečení spojení“ neodpovídá portu. V „Nastavení účtu“, v části „Server odchozí pošty (SMTP)“, zadejte { $smtp-server } s portem 587 a STARTTLS, nebo s portem 465 a SSL/TLS.

code-pattern-thunderbird-receive-connect-summary = Thunderbird: nelze se připojit k serveru příchozí pošty
code-pattern-thunderbird-receive-connect-action = Thunderbird se nedokázal spojit se serverem příchozí pošty. Zkontrolujte jeho název a port v části „Nastavení serveru“ u účtu: IMAP { $imap-server } na portu 993, nebo POP3 { $pop3-server } na portu 995, se SSL/TLS. Spojení může blokovat i antivirus, který kontroluje poštu, nebo firewall.

code-pattern-thunderbird-connect-summary = Thunderbird nemohl odeslat: chybí spojení se serverem odchozí pošty
code-pattern-thunderbird-connect-action = Thunderbird se nedokázal spojit se serverem odchozí pošty, nebo spojení ztratil. Pokud okno uvádí odpověď serveru s kódem, vyhledejte raději tento kód. Jinak použijte { $smtp-server } na portu 587 se STARTTLS nebo 465 se SSL/TLS, ne port 25, a vypněte kontrolu pošty v antiviru nebo firewallu.

code-pattern-apple-mail-connect-summary = Apple Mail: nelze se připojit k serveru odchozí pošty
code-pattern-apple-mail-connect-action = Mail nedokázal odeslat zprávu přes server odchozí pošty. V „Nastavení serveru“ u účtu zkontrolujte server odchozí pošty { $smtp-server }, port 587 nebo 465 s TLS a uživatelské jméno a heslo. Která část selhává, ukáže Okno > Diagnostika připojení.
