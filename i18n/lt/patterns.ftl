### Well-known rejection texts (Lithuanian).
### One summary (a single line) and one action for each pattern in assets/patterns.toml, in its order.

## Yahoo and AOL

code-pattern-yahoo-unauthenticated-summary = Yahoo: laiškas neišlaikė siuntėjo domeno nei SPF, nei DKIM patikros
code-pattern-yahoo-unauthenticated-action = Yahoo priima laiškus tik tada, kai siuntėjo domenas išlaiko SPF arba DKIM patikrą. Domeno administratorius turi įtraukti siunčiantįjį serverį į SPF įrašą ir įjungti DKIM pasirašymą. Jei siunčiate iš pašto programos, siųskite per savo paslaugų teikėjo siunčiamų laiškų serverį.

code-pattern-yahoo-permanently-deferred-summary = Yahoo: laiškai iš šio serverio atmetami, kartoti nepadės
code-pattern-yahoo-permanently-deferred-action = Yahoo nebepriima laiškų iš siunčiančiojo IP adreso dėl skundų, į šlamštą panašaus laiškų kiekio ar prastos reputacijos. Siuntimas dar kartą nieko nepakeis. Siunčiančiojo serverio administratorius turi rasti ir pašalinti priežastį, pvz., nulaužtą paskyrą ar skriptą arba nepageidaujamus masinius laiškus, ir tada per Sender Hub pagalbos formą paprašyti Yahoo peržiūrėti blokavimą.

code-pattern-yahoo-deferred-summary = Yahoo: laiškai iš šio serverio atidedami dėl jų kiekio ar skundų
code-pattern-yahoo-deferred-action = Yahoo laikinai sulaiko laiškus iš šio IP adreso, nes staiga išaugo laiškų kiekis arba skundų dėl šlamšto skaičius. Siunčiantysis serveris pats bandys dar kartą. Siųskite mažesnėmis dalimis, tik tiems, kurie to prašė, ir patikrinkite, ar serveriu nepiktnaudžiaujama. Jei tai trunka ilgiau nei dvi dienas, serverio administratorius per Yahoo Sender Hub paprašo peržiūrėti padėtį.

code-pattern-yahoo-unresolvable-domain-summary = Yahoo: siuntėjo adreso domeno nepavyksta rasti DNS
code-pattern-yahoo-unresolvable-domain-action = Yahoo ieško siuntėjo adreso domeno DNS ir negavo atsakymo. Patikrinkite, ar domenas užregistruotas ir jo galiojimas nepasibaigęs, taip pat ar atsako jo DNS serveriai, pavyzdžiui, komanda „dig SOA example.com“. Subdomenui, naudojamam siuntėjų adresuose, reikia atskirų DNS įrašų, įskaitant SOA.

code-pattern-yahoo-content-summary = Yahoo: laiškas atmestas dėl jo turinio
code-pattern-yahoo-content-action = Yahoo atmetė patį turinį, dažniausiai nuorodą ar priedą, kurį laiko sukčiavimu (phishing) ar kenkėjiška programa. Pašalinkite arba pakeiskite abejotinas nuorodas ir priedus, tada išsiųskite laišką dar kartą. Jei tokie laiškai iš serverio siunčiami jums nežinant, serverio administratorius turi patikrinti siunčiamų laiškų eilę, ar serveriu nepiktnaudžiaujama.

code-pattern-yahoo-policy-summary = Yahoo: laiškas atmestas dėl taisyklių
code-pattern-yahoo-policy-action = Yahoo atmetė laišką, dažniausiai todėl, kad siuntėjo domenas neišlaikė SPF, DKIM ar DMARC patikrų arba turinys atrodė kaip šlamštas. Domeno administratorius turėtų patikrinti šiuos DNS įrašus; tada išsiųskite laišką dar kartą.

## Gmail (Google)

code-pattern-gmail-ptr-summary = Gmail: siunčiančiojo serverio IP adresas neturi atitinkamo PTR įrašo
code-pattern-gmail-ptr-action = Gmail atmeta arba sulėtina laiškus iš IP adresų be atvirkštinio DNS įrašo, taip pat ir iš IPv6 adresų. Siunčiančiojo serverio administratorius turi sukurti jo IP adresui PTR įrašą su serverio vardu, o tas vardas turi rodyti atgal į tą patį adresą.

code-pattern-gmail-spf-suspicious-summary = Gmail: siuntėjo domeno SPF įrašas atrodo įtartinas
code-pattern-gmail-spf-suspicious-action = Gmail nepasitiki domeno SPF įrašu, pavyzdžiui, todėl, kad jis leidžia siųsti iš gerokai per daug adresų (pvz., „+all“ arba didžiulis adresų intervalas) arba jame yra klaidingų dalių. Domeno DNS tvarkytojas turėtų palikti vieną trumpą SPF įrašą, kuriame nurodytos tik tos paslaugos, kurios iš tikrųjų siunčia domeno vardu, pavyzdžiui, „v=spf1 include:{ $spf-include } ~all“.

code-pattern-gmail-spf-hardfail-summary = Gmail: serverio nėra griežtame (-all) domeno SPF įraše
code-pattern-gmail-spf-hardfail-action = Siuntėjo domeno SPF įrašas baigiasi „-all“: domeno vardu gali siųsti tik įraše išvardyti serveriai, o šio serverio tarp jų nėra. Domeno DNS tvarkytojas turi įtraukti siunčiantįjį serverį į įrašą, arba laišką reikia siųsti per įraše nurodytą serverį. Taip atmetami ir laiškai, kuriuos persiuntė serveris be SRS.

code-pattern-gmail-spf-summary = Gmail: siunčiantysis serveris neįtrauktas į domeno SPF įrašą
code-pattern-gmail-spf-action = Domeno SPF įraše – DNS įraše, kuriame išvardyti serveriai, galintys siųsti domeno vardu, – nėra serverio, išsiuntusio šį laišką. Įtraukite tą serverį į įrašą (jei siunčiate per paslaugų teikėją { $provider }, įrašykite include:{ $spf-include }) arba siųskite per serverį, kuris jame jau yra.

code-pattern-gmail-dkim-summary = Gmail: laiškas neturi galiojančio DKIM parašo
code-pattern-gmail-dkim-action = Gmail reikalauja, kad masinių laiškų siuntėjai turėtų galiojantį DKIM parašą. Siunčiančiojo serverio administratorius turi pasirašyti siunčiamus laiškus siuntėjo domeno DKIM raktu ir paskelbti tą raktą domeno DNS su tuo selektoriumi, kuriuo pasirašomi laiškai.

code-pattern-gmail-tls-summary = Gmail: laiškas išsiųstas ne šifruotu (TLS) ryšiu
code-pattern-gmail-tls-action = Gmail riboja arba atmeta laiškus, gautus be TLS. Siunčiančiojo serverio administratorius turi įjungti TLS (STARTTLS) siunčiamiems ryšiams (Postfix nustatymas smtp_tls_security_level = may); kai tai veiks, laiškas bus išsiųstas iš naujo automatiškai.

code-pattern-gmail-tls-required-rcpt-summary = Gmail: gavėjo domenas priima laiškus tik šifruotu (TLS) ryšiu
code-pattern-gmail-tls-required-rcpt-action = Gavėjo Google Workspace savo domeno laiškus priima tik šifruotu ryšiu, o siunčiantysis serveris jo nenaudojo. Tai siunčiančiojo serverio, o ne pašto programos nustatymas: serverio administratorius turi įjungti TLS siunčiamiems laiškams (Postfix nustatymas smtp_tls_security_level = may).

code-pattern-gmail-dmarc-dns-summary = Gmail: dėl DNS klaidų nepavyko patikrinti siuntėjo domeno
code-pattern-gmail-dmarc-dns-action = Gmail negalėjo gauti siuntėjo domeno SPF, DKIM ar DMARC įrašų, nes neatsakė jo DNS serveriai. Siunčiantysis serveris pats bandys dar kartą. Jei tai kartojasi, domeno administratorius turi patikrinti, ar atsako visi domeno DNS serveriai, pavyzdžiui, komanda „dig TXT _dmarc.example.com“.

code-pattern-gmail-no-dmarc-summary = Gmail: siuntėjo domenas neturi DMARC įrašo su politika
code-pattern-gmail-no-dmarc-action = Gmail reikalauja, kad masinių laiškų siuntėjai paskelbtų DMARC įrašą. Domeno DNS tvarkytojas turi pridėti TXT įrašą vardu _dmarc.<domenas>, iš pradžių „v=DMARC1; p=none; rua=mailto:<ataskaitų adresas>“, ir užtikrinti, kad SPF ir DKIM patikros ir toliau pavyktų. Tada išsiųskite laišką dar kartą.

code-pattern-gmail-not-aligned-summary = Gmail: siuntėjo (From) domenas nesutampa su SPF ar DKIM domenu
code-pattern-gmail-not-aligned-action = Siuntėjo (From) adreso domenas skiriasi nuo domeno, kuris išlaikė SPF (voko siuntėjo domenas) ar DKIM (parašo reikšmė d=) patikrą. Dažnos priežastys – kontaktų forma, kuri į laukelį From įrašo lankytojo adresą, ir naujienlaiškių paslauga, pasirašanti savo domenu. Siųskite savo domeno adresu ir pasirašykite jo DKIM raktu arba nustatykite paslaugą, kad ji naudotų jūsų domeną.

code-pattern-gmail-unauthenticated-summary = Gmail: laiškas neišlaikė siuntėjo patikrų (SPF ir DKIM)
code-pattern-gmail-unauthenticated-action = Gmail priima tik tuos laiškus, kurie išlaiko siuntėjo domeno SPF arba DKIM patikrą. Domeno administratorius turi įtraukti siunčiantįjį serverį į SPF įrašą arba įjungti DKIM pasirašymą. Jei siunčiate iš pašto programos, siųskite per savo paslaugų teikėjo siunčiamų laiškų serverį.

code-pattern-gmail-direct-not-authorized-summary = Gmail: iš šio IP adreso negalima pristatyti laiškų tiesiai į Gmail
code-pattern-gmail-direct-not-authorized-action = Laiškas atėjo tiesiai iš adreso, iš kurio paštas neturėtų būti pristatomas tiesiogiai, pavyzdžiui, iš namų ar biuro interneto ryšio, tinklo saugyklos (NAS), spausdintuvo ar skripto. Nustatykite, kad įrenginys ar programa siųstų per jūsų paslaugų teikėjo siunčiamų laiškų serverį { $smtp-server }: 587 prievadas su STARTTLS arba 465 su SSL/TLS, prisijungimas pašto dėžutės adresu ir slaptažodžiu.

code-pattern-gmail-rate-limited-summary = Gmail: per daug nepageidaujamų laiškų iš šio siuntėjo, priėmimas sulėtintas
code-pattern-gmail-rate-limited-action = Gmail kol kas priima mažiau laiškų, nes daug pastarųjų laiškų iš šio serverio ar domeno atrodė kaip šlamštas. Sustabdykite masinius siuntimus, patikrinkite, ar serveryje nėra nulaužtų paskyrų ar skriptų, ir rašykite tik tiems, kurie patys prašė jūsų laiškų.

code-pattern-gmail-likely-unsolicited-summary = Gmail: laiškas atrodo kaip šlamštas, todėl atmestas
code-pattern-gmail-likely-unsolicited-action = Gmail nusprendė, kad laiškas, jo nuorodos ar siunčiančiojo serverio reputacija panašūs į šlamštą. Pašalinkite abejotinas nuorodas ir priedus, įsitikinkite, kad siuntėjo domenas išlaiko SPF ir DKIM patikras, ir patikrinkite, ar serverio IP adreso nėra jokiame juodajame sąraše.

code-pattern-gmail-rfc5322-summary = Gmail: laiško antraštės pažeidžia pašto standartą (RFC 5322)
code-pattern-gmail-rfc5322-action = Gmail atmeta laiškus be galiojančios Message-ID ar From antraštės, su daugiau nei vienu From adresu, su pasikartojančiomis antraštėmis arba daug kartų naudojančius tą patį Message-ID. Tai lemia programa ar skriptas, kuris kuria laiškus: kiekvienam laiškui nurodykite vieną From adresą, atskirą Message-ID ir antraštę Date.

code-pattern-gmail-content-blocked-summary = Gmail: priedas ar turinys užblokuotas kaip pavojingas
code-pattern-gmail-content-blocked-action = Gmail blokuoja priedus, kuriuose gali būti kenkėjiškų programų, pavyzdžiui, .exe, .js ar .bat failus, taip pat ir .zip archyvuose, bei dokumentus su kenkėjiškomis makrokomandomis. Tokį failą bendrinkite atsisiuntimo nuoroda arba siųskite kito tipo failą, tada išsiųskite laišką dar kartą.

code-pattern-receiving-too-fast-summary = Gavėjas gauna laiškus per greitai: palaukite ir siųskite dar kartą
code-pattern-receiving-too-fast-action = Gavėjo pašto dėžutė šiuo metu gauna daugiau laiškų, nei leidžia jos paslaugų teikėjas; su jūsų laišku viskas gerai. Siunčiantysis serveris pats bando dar kartą; jei siunčiate iš pašto programos, išsiųskite laišką dar kartą po valandos ar dviejų.

code-pattern-gmail-mailbox-full-summary = Gmail: gavėjo pašto dėžutėje nebeliko vietos
code-pattern-gmail-mailbox-full-action = Gavėjas išnaudojo visą savo Google saugyklą, todėl nauji laiškai nebegali būti priimti. Praneškite jam kitu būdu, pavyzdžiui, telefonu, kad atlaisvintų vietos ar įsigytų daugiau, tada išsiųskite laišką dar kartą.

code-pattern-gmail-no-such-user-summary = Gmail: adreso, kuriuo rašėte, nėra
code-pattern-gmail-no-such-user-action = Patikrinkite, ar gavėjo adrese nėra rašybos klaidų ar nereikalingų tarpų, ypač dalyje prieš @. Jei adresas atrodo teisingas, kitu būdu paklauskite gavėjo, koks jo dabartinis adresas.

code-pattern-gmail-no-such-domain-summary = Gmail: gavėjo domeno nepavyko rasti
code-pattern-gmail-no-such-domain-action = Dalis po @ nėra domenas, kuris priima paštą. Patikrinkite, ar joje nėra rašybos klaidų, tarpų ar atsitiktinio taško pabaigoje (gmial.com, example.con), ištaisykite ir išsiųskite laišką dar kartą.

code-pattern-gmail-web-login-summary = Gmail: Google prašo prisijungti prie paskyros naršyklėje
code-pattern-gmail-web-login-action = Google sustabdė pašto programos prisijungimą kaip neįprastą. Tame pačiame įrenginyje prisijunkite prie Google paskyros naršyklėje ir patvirtinkite saugos pranešimą. Tada nustatykite paskyrą programoje iš naujo, pasirinkę prisijungimą per Google (OAuth2) arba įvedę programos slaptažodį.

code-pattern-gmail-app-password-summary = Gmail: pašto programoje paskyrai reikia programos slaptažodžio
code-pattern-gmail-app-password-action = Google paskyroje įjungtas patvirtinimas dviem veiksmais, todėl įprastas jos slaptažodis pašto programoje neveikia. Google paskyros saugos nustatymuose sukurkite programos slaptažodį ir įveskite jį programoje vietoj įprasto arba programoje pasirinkite prisijungimą per Google (OAuth2).

code-pattern-gmail-bad-credentials-summary = Gmail: nepriimtas naudotojo vardas arba slaptažodis
code-pattern-gmail-bad-credentials-action = Pašto programa jungėsi prie Gmail serverio su neteisingu arba senu slaptažodžiu. Įveskite visą el. pašto adresą ir dabartinį slaptažodį; jei Google paskyroje įjungtas patvirtinimas dviem veiksmais, sukurkite ten programos slaptažodį ir naudokite jį.

code-pattern-too-many-logins-summary = Per daug bandymų prisijungti: serveris laikinai neleidžia jungtis
code-pattern-too-many-logins-action = Serveris kurį laiką atmeta prisijungimus, nes per trumpą laiką bandyta prisijungti per daug kartų – dažnai tai telefonas ar programa, kuri vis bando jungtis senu slaptažodžiu. Ištaisykite slaptažodį visuose įrenginiuose, kuriuose naudojama ši pašto dėžutė, palaukite valandą ir bandykite dar kartą.

## Microsoft (Outlook.com, Microsoft 365)

code-pattern-microsoft-auth-level-summary = Outlook.com: siuntėjo domenas neatitinka SPF, DKIM ar DMARC reikalavimų
code-pattern-microsoft-auth-level-action = Nuo 2025 m. gegužės Outlook.com, Hotmail ir Live.com atmeta masinius laiškus, nebent jie išlaiko SPF ir DKIM patikras, o domenas turi DMARC įrašą (bent p=none), suderintą su viena iš jų. Siuntėjo domeno administratorius turi ištaisyti šiuos DNS įrašus; tada išsiųskite laišką dar kartą.

code-pattern-microsoft-rate-limited-summary = Microsoft: laiškai iš siunčiančiojo IP lėtinami dėl jo reputacijos
code-pattern-microsoft-rate-limited-action = Outlook.com laiškus iš šio IP adreso priima tik lėtai dėl jo reputacijos, dažnai po šlamšto ar skundų. Siunčiantysis serveris pats bando dar kartą. Serverio administratorius turėtų sustabdyti bet kokius nepageidaujamus laiškus, stebėti adresą Microsoft SNDS ir, jei tai tęsiasi, kreiptis į Outlook.com siuntėjų pagalbos tarnybą.

code-pattern-microsoft-server-busy-summary = Microsoft: serveris kol kas sulaiko šį siuntėją; bandoma dar kartą
code-pattern-microsoft-server-busy-action = Microsoft sulaiko šio siuntėjo laiškus, kol jį įvertina; dažnai taip būna su nauju IP adresu ar staiga išaugusiu laiškų kiekiu. Nieko daryti nereikia: siunčiantysis serveris bando dar kartą, o apribojimas baigiasi savaime. Jei tai trunka ilgiau nei parą, serverio administratorius kreipiasi į Microsoft siuntėjų pagalbos tarnybą.

code-pattern-microsoft-external-forwarding-summary = Microsoft 365: organizacija neleidžia persiųsti laiškų už jos ribų
code-pattern-microsoft-external-forwarding-action = Persiuntimo taisyklė persiuntė laišką išoriniu adresu, o Microsoft 365 organizacija blokuoja automatinį persiuntimą. Arba jos administratorius leidžia persiuntimą šiai pašto dėžutei (Microsoft Defender siunčiamo šlamšto politikoje, angl. outbound spam policy), arba pašalinkite persiuntimo taisyklę ir skaitykite laiškus pačioje pašto dėžutėje.

code-pattern-microsoft-bad-outbound-sender-summary = Microsoft 365: pašto dėžutė tikriausiai nulaužta, siuntimas užblokuotas
code-pattern-microsoft-bad-outbound-sender-action = Microsoft užblokavo siuntimą iš šios paskyros, nes iš jos buvo siunčiamas šlamštas, dažniausiai po to, kai buvo pavogtas jos slaptažodis. Pakeiskite slaptažodį, įjunkite kelių dalių autentifikavimą (MFA), patikrinkite, ar ją naudojančiuose kompiuteriuose ir telefonuose nėra kenkėjiškų programų, ir pašalinkite taisykles, kurių nenustatėte patys. Tada Microsoft 365 administratorius atblokuoja paskyrą Microsoft Defender puslapyje „Restricted entities“.

code-pattern-microsoft-tenant-blocked-summary = Microsoft 365: siuntimas užblokuotas visai organizacijai
code-pattern-microsoft-tenant-blocked-action = Microsoft sustabdė siuntimą visai šiai Microsoft 365 organizacijai, nes dauguma jos siunčiamų laiškų atrodė kaip šlamštas arba buvo siunčiami iš joje neužregistruotų domenų. Jos administratorius turi apsaugoti nulaužtas paskyras, pridėti ir patvirtinti kiekvieną domeną, iš kurio siunčiama, ir tada kreiptis į Microsoft pagalbos tarnybą.

code-pattern-microsoft-send-as-summary = Microsoft 365: paskyra negali siųsti šiuo From adresu
code-pattern-microsoft-send-as-action = Prisijungusi pašto dėžutė neturi teisės siųsti šio From adreso vardu. Laukelyje „Nuo“ (From) nurodykite pačios paskyros adresą arba paprašykite Microsoft 365 administratoriaus suteikti jai to adreso teisę „Send As“.

code-pattern-microsoft-tenant-attribution-summary = Microsoft 365: jungtis (connector) neatpažino siunčiančiojo serverio
code-pattern-microsoft-tenant-attribution-action = Microsoft 365 negalėjo susieti laiško su organizacija, dažniausiai todėl, kad gaunamų laiškų jungtis (inbound connector), skirta organizacijos serveriui ar paslaugai, nebeatitinka jo IP adreso ar sertifikato. Microsoft 365 administratorius turi pataisyti jungtį; problema ne gavėjo adrese.

code-pattern-microsoft-smtp-auth-disabled-summary = Microsoft 365: siuntimas su slaptažodžiu (SMTP AUTH) išjungtas
code-pattern-microsoft-smtp-auth-disabled-action = Microsoft 365 neleidžia siųsti prisijungiant paprastu naudotojo vardu ir slaptažodžiu, nes organizacija išjungė SMTP AUTH arba Microsoft atsisako šio pagrindinio autentifikavimo (basic authentication). Naujas slaptažodis nepadės. Microsoft 365 administratorius kol kas gali leisti SMTP AUTH šiai pašto dėžutei; ilgalaikis sprendimas – programa ar įrenginys, kuris jungiasi per OAuth (modern authentication).

code-pattern-microsoft-sender-mailbox-full-summary = Microsoft 365: jūsų pašto dėžutė pilna, todėl siųsti negalima
code-pattern-microsoft-sender-mailbox-full-action = Exchange Online kiekvieno išsiųsto laiško kopiją laiko aplanke „Išsiųsti elementai“ (Sent Items), o iš pilnos pašto dėžutės siųsti neleidžiama. Ištrinkite senus laiškus, ypač aplankuose „Išsiųsti elementai“ ir „Panaikinti elementai“ (Deleted Items), arba paprašykite administratoriaus padidinti pašto dėžutės vietą; tada išsiųskite laišką dar kartą.

code-pattern-microsoft-submission-quota-summary = Microsoft 365: pašto dėžutė pasiekė dienos gavėjų limitą
code-pattern-microsoft-submission-quota-action = Microsoft 365 leidžia iš vienos pašto dėžutės siųsti ne daugiau kaip 10 000 gavėjų per dieną, ir ši pašto dėžutė šią ribą pasiekė. Palaukite 24 valandas. Jei tiek laiškų niekas tyčia nesiuntė, paskyra gali būti nulaužta: pakeiskite jos slaptažodį ir peržiūrėkite aplanką „Išsiųsti elementai“. Masinius siuntimus siųskite per tam skirtą paslaugą.

code-pattern-microsoft-submission-throttled-summary = Microsoft 365: per SMTP vienu metu siunčiama per daug laiškų
code-pattern-microsoft-submission-throttled-action = Siunčiant per smtp.office365.com, Microsoft 365 leidžia vienai pašto dėžutei turėti tris ryšius vienu metu ir siųsti 30 laiškų per minutę. Programa, skeneris ar kita taikomoji programa vienu metu išsiuntė daugiau. Nustatykite, kad ji siųstų laiškus vieną po kito arba lėčiau, ir atmestus laiškus išsiųskite dar kartą.

code-pattern-microsoft-recipient-throttled-summary = Microsoft: gavėjo pašto dėžutė vienu metu gauna per daug laiškų
code-pattern-microsoft-recipient-throttled-action = Exchange lėtina pristatymą į pašto dėžutę, kuri tuo pačiu metu gauna daug laiškų. Tai laikina, ir siunčiantysis serveris pats bando dar kartą; nieko daryti nereikia, nebent gausite grąžintą laišką.

code-pattern-microsoft-expired-summary = Microsoft: laiško nespėta pristatyti, jo galiojimas baigėsi
code-pattern-microsoft-expired-action = Serveris vis bandė, bet gaunantysis serveris laiku laiško nepriėmė, dažnai todėl, kad buvo nepasiekiamas. Patikrinkite gavėjo adresą, o su gavėju – ar veikia jo domeno MX įrašai ir pašto serveris; tada išsiųskite laišką dar kartą.

code-pattern-microsoft-ip-not-accepted-summary = Microsoft: laiškai iš siunčiančiojo serverio IP adreso nepriimami
code-pattern-microsoft-ip-not-accepted-action = Microsoft nepriima laiškų iš šio IP adreso dėl jo prastos reputacijos, dažnai todėl, kad per jį buvo siunčiamas šlamštas. Siunčiančiojo serverio administratorius turi pašalinti priežastį, pvz., nulaužtą paskyrą ar skriptą, ir tada paprašyti Microsoft pagalbos tarnybos panaikinti blokavimą.

code-pattern-microsoft-banned-ip-summary = Microsoft: siunčiantysis IP adresas yra Microsoft juodajame sąraše
code-pattern-microsoft-banned-ip-action = Siunčiančiojo serverio administratorius pirmiausia turi pašalinti priežastį, pvz., nulaužtą paskyrą ar skriptą. Tada Microsoft išbraukimo iš sąrašo puslapyje sender.office.com jis gali paprašyti išbraukti pranešime nurodytą IP adresą.

code-pattern-microsoft-blocklist-summary = Outlook.com: siuntėjo tinklas yra Microsoft juodajame sąraše
code-pattern-microsoft-blocklist-action = Outlook.com ir Hotmail blokuoja paštą iš tinklo, iš kurio atėjo laiškas. Siunčiančiojo serverio administratorius arba jo interneto paslaugų teikėjas turi užtikrinti, kad iš to tinklo nebūtų siunčiamas šlamštas, ir tada paprašyti Microsoft siuntėjų pagalbos tarnybos panaikinti blokavimą.

code-pattern-microsoft-recipient-not-found-summary = Microsoft: gavėjo pusėje pašto dėžutės šiuo adresu nėra
code-pattern-microsoft-recipient-not-found-action = Gavėjo organizacija neturi pašto dėžutės šiuo adresu. Patikrinkite, ar adrese nėra rašybos klaidų; jei jis teisingas, kitu būdu paklauskite gavėjo, ar adresas nepasikeitė. Jei domenas jūsų, patikrinkite, ar tokia pašto dėžutė sukurta Microsoft 365.

code-pattern-microsoft-client-not-authenticated-summary = Microsoft 365: pašto programa bandė siųsti neprisijungusi
code-pattern-microsoft-client-not-authenticated-action = Pašto programoje įjunkite „Mano siunčiamų laiškų serveriui (SMTP) reikalingas autentifikavimas“ ir nurodykite visą el. pašto adresą bei jo slaptažodį. Gali būti, kad Microsoft 365 administratorius dar turės leisti šiai pašto dėžutei jungtis per SMTP (SMTP AUTH).

## Apple iCloud Mail

code-pattern-icloud-policy-summary = iCloud Mail: laiškas atmestas pagal Apple vietines taisykles
code-pattern-icloud-policy-action = Apple atmetė laišką dėl siuntėjo reputacijos arba trūkstamo autentifikavimo. Siunčiančiojo domeno ir serverio administratorius patikrina, ar pavyksta SPF ir DKIM patikros, ar yra DMARC įrašas ir ar siunčiantysis IP adresas turi atvirkštinio DNS įrašą. Jei vis tiek nepavyksta, jis rašo adresu icloudadmin@apple.com ir nurodo domeną, IP adresus bei visą klaidos tekstą.

## T-Online

code-pattern-t-online-dialup-summary = T-Online: laiškai iš namų ar dinaminių IP adresų nepriimami
code-pattern-t-online-dialup-action = Laiškas atėjo tiesiai iš adreso, kurį T-Online laiko namų ar dinaminiu ryšiu. Iš tokio ryšio laiškų tiesiogiai nepristatykite: siųskite per savo paslaugų teikėjo siunčiamų laiškų serverį ({ $smtp-server }) prisijungę pašto dėžutės duomenimis arba suteikite serveriui fiksuotą adresą su nuosavu vardu.

code-pattern-t-online-reputation-summary = T-Online: siunčiančiojo serverio IP adresas T-Online nežinomas
code-pattern-t-online-reputation-action = T-Online priima laiškus tik iš jai žinomų serverių. Siunčiančiojo serverio administratorius suteikia jo IP adresui PTR įrašą su vardu, priklausančiu paties operatoriaus domenui, kurio svetainėje nurodytas operatorius ir kontaktai (rekvizitai, vok. Impressum). Tada jis parašo atsakyme nurodytu adresu (postmaster@rx.t-online.de) ir paprašo atblokuoti IP adresą.

code-pattern-t-online-blocked-summary = T-Online: siunčiančiojo serverio IP adresas užblokuotas
code-pattern-t-online-blocked-action = T-Online užblokavo siunčiantįjį IP adresą. Serverio administratorius patikrina, ar iš jo nesiunčiamas šlamštas ir ar jo PTR vardas veda į operatoriaus svetainę su rekvizitais (Impressum) ir kontaktais. Tada jis parašo atsakyme nurodytu adresu (tosa@rx.t-online.de) ir nurodo IP adresą bei visą klaidos tekstą.

## GMX and web.de

code-pattern-gmx-bad-ptr-summary = GMX/web.de: siunčiantysis IP adresas neturi tinkamo PTR įrašo
code-pattern-gmx-bad-ptr-action = GMX ir web.de atmeta serverius, kurių IP adresas neturi atvirkštinio DNS vardo arba kurių vardas nerodo atgal į tą adresą. Siunčiančiojo serverio administratorius turi nustatyti PTR įrašą su visu serverio vardu, o tas vardas turi rodyti į tą patį adresą. Atsakyme esanti nuoroda paaiškina šį atvejį.

code-pattern-gmx-blocklisted-summary = GMX/web.de: siunčiantysis IP adresas yra jų juodajame sąraše
code-pattern-gmx-blocklisted-action = GMX ir web.de blokuoja laiškus iš šio IP adreso, dažnai po šlamšto ar daugybės laiškų neegzistuojantiems adresams. Siunčiančiojo serverio administratorius turi rasti ir pašalinti priežastį; atsakyme esanti nuoroda veda į postmaster puslapį, kuriame galima paprašyti išbraukti adresą.

code-pattern-gmx-policy-summary = GMX/web.de: laiškas atmestas dėl taisyklių
code-pattern-gmx-policy-action = GMX ir web.de atmetė laišką pagal savo taisykles, dažniausiai todėl, kad siuntėjo domenas neišlaiko SPF, DKIM ar DMARC patikrų arba serverio reputacija prasta. Atsakyme esanti nuoroda nurodo tikslų atvejį; domeno ir serverio administratorius ištaiso tai, kas ten parašyta.

## Czech, Polish and Russian-language providers

code-pattern-seznam-user-unknown-summary = Seznam.cz: pašto dėžutės šiuo adresu nėra
code-pattern-seznam-user-unknown-action = Seznam.cz neturi pašto dėžutės šiuo adresu. Patikrinkite, ar dalyje prieš @ nėra rašybos klaidų; jei ji teisinga, kitu būdu paklauskite gavėjo, koks jo dabartinis adresas.

code-pattern-centrum-domain-reputation-summary = Centrum.cz, Atlas.cz: laiške naudojamo domeno reputacija prasta
code-pattern-centrum-domain-reputation-action = Centrum, Atlas ir Volny apsaugos nuo šlamšto sistema laiške naudojamą domeną, dažniausiai siuntėjo, laiko nepatikimu (Cisco Talos siuntėjų domenų reputacija). Domeno administratorius patikrina SPF įrašą (jis turi baigtis -all), DKIM ir serverio atvirkštinį DNS. Jei vis tiek nepavyksta, jis paprašo helpdesk@economia.cz padaryti išimtį.

code-pattern-forpsi-policy-violation-summary = Forpsi: po į šlamštą panašaus srauto siuntimas laikinai užblokuotas
code-pattern-forpsi-policy-violation-action = Forpsi siunčiamų laiškų serveris sustabdė siuntimą iš šios pašto dėžutės, domeno ar IP adreso, nes buvo išsiųsta daug laiškų, iš kurių daugelio nepavyko pristatyti, – taip elgiasi nulaužta paskyra. Patikrinkite kompiuterį, ar jame nėra kenkėjiškų programų, ir pakeiskite slaptažodį. Blokavimas baigiasi savaime po valandos, ilgiausiai po 24 valandų; Forpsi pagalbos tarnyba gali jį panaikinti anksčiau.

code-pattern-interia-ip-reputation-summary = Interia: siunčiančiojo serverio IP adresas laikomas šlamšto šaltiniu
code-pattern-interia-ip-reputation-action = Interia naudotojai daug laiškų iš šio IP adreso perkėlė į šlamštą, todėl Interia juos atmeta. Dažnos priežastys: bendrasis svetainių talpinimas, rinkodaros ir sisteminiai laiškai iš to paties adreso, SPF įrašas, kuriame nėra šio adreso arba kuris nesibaigia -all, ir trūkstamas PTR įrašas. Siunčiančiojo serverio administratorius turi tai ištaisyti.

code-pattern-wp-sending-blocked-summary = WP/o2: paslaugų teikėjas užblokavo siuntimą iš šios pašto dėžutės
code-pattern-wp-sending-blocked-action = Wirtualna Polska užblokavo siuntimą iš šios pašto dėžutės, dažniausiai po to, kai pavogtu slaptažodžiu buvo siunčiamas šlamštas arba buvo viršyti siuntimo limitai. Pakeiskite slaptažodį iš švaraus įrenginio ir patikrinkite kompiuterį, ar nėra kenkėjiškų programų, tada kreipkitės į WP pagalbos tarnybą (kontakt@pomoc.wp.pl) ir pateikite klaidos tekstą.

code-pattern-mailru-spam-summary = Mail.ru: laiškas atmestas kaip šlamštas
code-pattern-mailru-spam-action = Mail.ru filtras laišką arba jo siuntėją įvertino kaip šlamštą. Atsakyme esanti nuoroda veda į formą, kuria galima paprašyti Mail.ru peržiūrėti blokavimą. Patikrinkite, ar laiške nėra abejotinų nuorodų ir ar siuntėjo domenas išlaiko SPF ir DKIM patikras.

## Blocklists

code-pattern-personal-blocklist-summary = Gavėjas pats užblokavo jūsų adresą
code-pattern-personal-blocklist-action = Jūsų adresą į savo užblokuotų siuntėjų sąrašą įtraukė pats gavėjas, o ne viešasis juodasis sąrašas. Kitu būdu, pavyzdžiui, telefonu, paprašykite jo išbraukti adresą; nei jūsų pusėje, nei jūsų serveryje nieko keisti nereikia.

code-pattern-spamhaus-open-resolver-summary = Adresas neįtrauktas: gavėjo serveris netinkamai tikrina Spamhaus
code-pattern-spamhaus-open-resolver-action = Gavėjo pašto serveris kreipiasi į Spamhaus per viešąjį DNS serverį (resolver), vietoj atsakymo gauna klaidos kodą ir laiko jį įtraukimu į sąrašą, todėl atmeta visus siuntėjus. Jūsų adreso sąraše nėra. Tai ištaisyti gali tik gavėjo administratorius, naudodamas savo DNS serverį arba Spamhaus DQS raktą; praneškite gavėjui kitu būdu.

code-pattern-spamhaus-pbl-summary = Spamhaus PBL: iš šio IP adreso nereikėtų siųsti laiškų tiesiogiai
code-pattern-spamhaus-pbl-action = Policy Block List (PBL) sąraše yra namų, dinaminiai ir kiti adresai, iš kurių turėtų būti siunčiama tik per pašto paslaugų teikėją; tai ne šlamšto sąrašas. Siųskite per savo paslaugų teikėjo siunčiamų laiškų serverį ({ $smtp-server }) prisijungę pašto dėžutės duomenimis. Serverio su nuosavu fiksuotu adresu savininkas gali išbraukti adresą iš PBL svetainėje check.spamhaus.org.

code-pattern-spamhaus-dbl-summary = Spamhaus DBL: laiške naudojamas domenas yra juodajame sąraše
code-pattern-spamhaus-dbl-action = Siuntėjo adreso arba laiško nuorodų domenas yra Spamhaus domenų juodajame sąraše (Domain Block List). Svetainėje check.spamhaus.org patikrinkite, kuris domenas ir kodėl. Pašalinkite nuorodas į sąraše esančias svetaines; jei sąraše yra jūsų domenas, jo administratorius turi pašalinti priežastį, pvz., nulaužtą svetainę, ir tada paprašyti Spamhaus jį išbraukti.

code-pattern-spamhaus-summary = Siunčiančiojo serverio IP adresas yra Spamhaus juodajame sąraše
code-pattern-spamhaus-action = Patikrinkite IP adresą svetainėje check.spamhaus.org ir sužinokite, kodėl jis įtrauktas į sąrašą. Siunčiančiojo serverio administratorius pirmiausia turi pašalinti priežastį, pvz., nulaužtą paskyrą ar skriptą, virusą ar atvirą perdavimą (open relay), ir tada paprašyti Spamhaus išbraukti adresą.

code-pattern-spamcop-summary = Siunčiančiojo serverio IP adresas yra SpamCop juodajame sąraše
code-pattern-spamcop-action = SpamCop įtraukia adresus, iš kurių neseniai siųsta laiškų, kuriuos žmonės pažymėjo kaip šlamštą. Siunčiančiojo serverio administratorius turi rasti ir sustabdyti tokius laiškus; po kurio laiko adresas iš sąrašo išbraukiamas savaime.

code-pattern-barracuda-summary = Siunčiančiojo serverio IP adresas yra Barracuda reputacijos sąraše
code-pattern-barracuda-action = Patikrinkite IP adresą svetainėje barracudacentral.org. Siunčiančiojo serverio administratorius pirmiausia turi pašalinti šlamšto priežastį, o tada toje pačioje svetainėje gali paprašyti išbraukti adresą.

code-pattern-generic-blocklist-summary = Siunčiančiojo serverio IP adresas yra gavėjo naudojamame juodajame sąraše
code-pattern-generic-blocklist-action = Atsakyme paprastai nurodomas sąrašo pavadinimas. Patikrinkite IP adresą to sąrašo svetainėje ir sužinokite, kodėl jis įtrauktas; siunčiančiojo serverio administratorius turi pašalinti priežastį ir tada paprašyti sąrašo tvarkytojų išbraukti adresą.

## Delays and the sending server's connections

code-pattern-greylisting-summary = Pilkasis sąrašas (greylisting): serveris prašo siųsti vėliau dar kartą
code-pattern-greylisting-action = Dažniausiai nieko daryti nereikia. Gaunantysis serveris tyčia atmeta pirmąjį nežinomo siuntėjo bandymą; tinkamai veikiantis siunčiantysis serveris pats bando dar kartą, ir laiškas ateina, paprastai per valandą.

code-pattern-delivery-delayed-summary = Pranešimas apie vėlavimą: laiškas dar nepristatytas, bandoma toliau
code-pattern-delivery-delayed-action = Tai įspėjimas, o ne grąžintas laiškas. Siunčiantysis serveris kol kas negalėjo pristatyti laiško ir bando toliau, paprastai iki penkių dienų; grąžintą laišką jis siunčia tik tada, kai nustoja bandyti. Kol kas nieko daryti nereikia; jei vėliau gausite grąžintą laišką, perskaitykite jį.

code-pattern-port25-timeout-summary = Serveris negalėjo prisijungti prie gavėjo pašto serverio 25 prievado
code-pattern-port25-timeout-action = Jungiantis prie kito pašto serverio 25 prievado baigėsi laukimo laikas arba ryšys nepavyko. Jei taip nutinka su visais domenais, talpinimo ar debesijos paslaugų teikėjas blokuoja siunčiamąjį 25 prievadą: paprašykite jį atidaryti arba siųskite per tarpinį serverį su autentifikavimu per 587 prievadą. Jei problema tik su vienu domenu, neveikia jo pašto serveriai arba neteisingi jo MX įrašai.

## Checks of the sending server

code-pattern-no-reverse-dns-summary = Siunčiančiojo serverio IP adresas neturi tinkamo atvirkštinio DNS (PTR) įrašo
code-pattern-no-reverse-dns-action = Gaunantysis serveris reikalauja, kad siunčiantysis IP adresas turėtų PTR įrašą su serverio vardu, o tas vardas rodytų atgal į tą patį adresą. Siunčiančiojo serverio administratorius turi jį nustatyti, paprastai valdymo skydelyje arba per IP adreso savininką.

code-pattern-helo-rejected-summary = Gaunantysis serveris atmetė vardą, kuriuo prisistatė siunčiantysis serveris
code-pattern-helo-rejected-action = Siunčiantysis serveris prisistato (HELO) be vardo arba nepilnu ar neteisingu vardu. Nurodykite visą serverio vardą, kaip jis įrašytas DNS (Postfix nustatymas myhostname), tą patį kaip jo IP adreso PTR įraše.

## Authentication of the sender's domain

code-pattern-dmarc-fail-summary = DMARC: siuntėjo domenas prašo atmesti nepatvirtintus laiškus
code-pattern-dmarc-fail-action = Laukelyje „Nuo“ (From) nurodyto adreso domenas turi DMARC politiką, o šis laiškas neišlaikė nei su šiuo domenu suderintos SPF, nei suderintos DKIM patikros: SPF patikra gali pavykti voko siuntėjo domenui, o DMARC vis tiek nepavykti. Domeno administratorius turi įtraukti siunčiantįjį serverį į SPF įrašą ir pasirašyti laiškus From domeno DKIM raktu. Tokia klaida gali ištikti ir persiųstus laiškus.

code-pattern-spf-fail-summary = SPF patikra nepavyko: šiam serveriui neleidžiama siųsti siuntėjo domeno vardu
code-pattern-spf-fail-action = Siuntėjo domeno SPF įraše nenurodytas serveris, išsiuntęs laišką. Jei siunčiate iš pašto programos, siųskite per savo paslaugų teikėjo siunčiamų laiškų serverį; kitu atveju paprašykite domeno DNS tvarkytojo įtraukti siunčiantįjį serverį į įrašą. SPF patikros neišlaiko ir laiškai, persiųsti per serverį, kuris neperrašo siuntėjo (SRS).

code-pattern-dkim-fail-summary = DKIM patikra nepavyko: laiško parašo nėra arba jis negalioja
code-pattern-dkim-fail-action = Gaunantysis serveris negalėjo patikrinti laiško DKIM parašo. Siuntėjo domeno administratorius turėtų patikrinti, ar įjungtas DKIM pasirašymas ir ar DNS paskelbtas raktas tinka. Parašas gali nebegalioti ir tada, jei laiškas pakeliui buvo pakeistas.

## Content filters

code-pattern-spam-rejected-summary = Gaunančiojo serverio šlamšto filtras atmetė laišką
code-pattern-spam-rejected-action = Gavėjo šlamšto filtras įvertino laišką kaip šlamštą. Pašalinkite abejotinas ir sutrumpintas nuorodas bei didelius paveikslėlius be teksto ir patikrinkite, ar siuntėjo domenas išlaiko SPF ir DKIM patikras. Jei gavėjo pašto dėžutė nustatyta atmesti šlamštą, paprašykite gavėjo įtraukti jūsų adresą į baltąjį sąrašą.

## A mail program's errors when receiving

code-pattern-outlook-receive-login-summary = Outlook: gaunamų laiškų serveris atmetė prisijungimą
code-pattern-outlook-receive-login-action = Gaunamų laiškų (POP3 ar IMAP) serveris nepriėmė naudotojo vardo arba slaptažodžio. Patikrinkite prisijungimo duomenis: naudotojo vardas – visas el. pašto adresas, slaptažodis – dabartinis; jei abejojate, išbandykite juos žiniatinklio pašte ({ $webmail }).

code-pattern-outlook-receive-connect-summary = Outlook: nepavyksta prisijungti prie gaunamų laiškų serverio
code-pattern-outlook-receive-connect-action = Outlook negalėjo pasiekti gaunamų laiškų serverio. Patikrinkite jo vardą ir prievadą: IMAP { $imap-server }, prievadas 993, arba POP3 { $pop3-server }, prievadas 995, abu su SSL/TLS. Ryšį taip pat gali blokuoti paštą tikrinanti antivirusinė programa ar ugniasienė.

code-pattern-thunderbird-receive-login-summary = Thunderbird: gaunamų laiškų serveris atmetė prisijungimą
code-pattern-thunderbird-receive-login-action = Serveris nepriėmė naudotojo vardo arba slaptažodžio, kuriuos išsaugojo Thunderbird. Pasirinkite „Įvesti naują slaptažodį“ ir įveskite dabartinį pašto dėžutės slaptažodį, o naudotojo vardu – visą el. pašto adresą; jei abejojate, išbandykite jį žiniatinklio pašte ({ $webmail }).

## Logging in and the sender's address

code-pattern-auth-failed-summary = Prisijungti nepavyko: serveris nepriėmė naudotojo vardo ar slaptažodžio
code-pattern-auth-failed-action = Patikrinkite pašto programos prisijungimo nustatymus: naudotojo vardas – visas el. pašto adresas, slaptažodis – dabartinis. Jei vis tiek nepavyksta ir pašto dėžutė yra pas paslaugų teikėją ({ $provider }), valdymo skydelyje ({ $control-panel }) nustatykite naują slaptažodį ir įveskite jį visose programose; jei pašto dėžutė kitur, pakeiskite slaptažodį ten, kur ji tvarkoma.

code-pattern-starttls-required-summary = Reikia šifravimo: serveris pirmiausia reikalauja šifruoto ryšio
code-pattern-starttls-required-action = Pašto programoje įjunkite siunčiamų laiškų serverio šifravimą: STARTTLS su 587 prievadu arba SSL/TLS su 465 prievadu. Tada bandykite dar kartą.

code-pattern-sender-login-mismatch-summary = Siuntėjo adresas nepriklauso paskyrai, kuria prisijungta
code-pattern-sender-login-mismatch-action = Serveris leidžia siųsti tik iš adresų, priklausančių paskyrai, kuria prisijungiate. Pašto programoje laukelyje „Nuo“ (From) nurodykite tos pašto dėžutės, kuria prisijungiate, adresą arba prisijunkite prie to adreso pašto dėžutės.

code-pattern-sender-address-rejected-summary = Gaunantysis serveris atmetė siuntėjo adresą
code-pattern-sender-address-rejected-action = Siuntėjo adresas atmestas, dažnai todėl, kad jo domeno nėra DNS arba šiuo adresu ten siųsti neleidžiama. Patikrinkite adresą laukelyje „Nuo“ (From) pašto programoje ar skripte ir ar jo domeno DNS įrašai veikia.

## Relaying

code-pattern-relay-access-denied-summary = Relay access denied: serveris šio laiško toliau neperduos
code-pattern-relay-access-denied-action =
    Jei šį atsakymą gavote siųsdami iš pašto programos ar skripto, serveris jūsų neatpažino: įjunkite
    SMTP autentifikavimą (pašto programoje – „Mano siunčiamų laiškų serveriui (SMTP) reikalingas
    autentifikavimas“) su visu el. pašto adresu ir jo slaptažodžiu, per 587 arba 465 prievadą. Jei
    jis atėjo grąžintame laiške, gaunantysis serveris neaptarnauja gavėjo domeno pašto: arba domeno
    MX įrašai nukreipia paštą į netinkamą serverį, arba tokios pašto dėžutės ten nėra. Patikrinkite
    adresą, tada gavėjo domeno MX įrašus.

code-pattern-relay-not-permitted-summary = Relaying denied: serveris neperduos jūsų laiško toliau
code-pattern-relay-not-permitted-action = Serveris perduoda laiškus toliau tik prisijungusiems naudotojams. Įjunkite „Mano siunčiamų laiškų serveriui (SMTP) reikalingas autentifikavimas“ ir nurodykite visą el. pašto adresą bei jo slaptažodį. Jei atsakymas atėjo iš gavėjo serverio, patikrinkite jo domeno MX įrašus.

## Limits and sizes

code-pattern-sending-limit-summary = Pasiektas siuntimo limitas: išsiųsta per daug laiškų
code-pattern-sending-limit-action =
    Paslauga, per kurią siunčiate, leidžia išsiųsti tik tam tikrą laiškų skaičių per valandą ar
    dieną; prieš siųsdami vėl palaukite – limitas atsinaujina savaime. Paslaugų teikėjo
    ({ $provider }) limitai: vienai pašto dėžutei – { $hourly-account-limit } { $hourly-account-limit ->
        [one] laiškas
        [few] laiškai
        [many] laiško
       *[other] laiškų
    } per valandą, svetainių talpinimo planui – { $daily-limit } per dieną; Gmail ir Microsoft 365
    taiko savo limitus. Didelius siuntimus paskirstykite per ilgesnį laiką.

code-pattern-too-many-recipients-summary = Per daug gavėjų viename laiške
code-pattern-too-many-recipients-action = Serveris priima ribotą gavėjų skaičių viename laiške. Padalykite sąrašą į mažesnes grupes ir išsiųskite kelis laiškus arba dideliems sąrašams naudokite masinio siuntimo paslaugą.

code-pattern-message-too-large-summary = Laiškas didesnis, nei leidžia gaunantysis serveris
code-pattern-message-too-large-action = Sumažinkite laišką: didelius failus bendrinkite atsisiuntimo nuoroda arba juos suglaudinkite. Siunčiami priedai padidėja maždaug trečdaliu, tad palikite atsargą. Tada išsiųskite laišką dar kartą.

## Loops and expiry

code-pattern-mail-loop-summary = Pašto kilpa: laiškas sukosi tarp serverių ir buvo sustabdytas
code-pattern-mail-loop-action = Laiškas buvo perduodamas pirmyn ir atgal, dažniausiai dėl viena į kitą nukreiptų persiuntimo taisyklių, pavyzdžiui, kai dvi pašto dėžutės persiunčia laiškus viena kitai, arba dėl neteisingo MX ar jungties (connector) nustatymo. Patikrinkite siuntėjo ir gavėjo pašto dėžučių persiuntimo ir peradresavimo taisykles, tada išsiųskite laišką dar kartą.

code-pattern-exim-retry-timeout-summary = Pristatymo atsisakyta: gaunantysis serveris per ilgai nepriėmė laiško
code-pattern-exim-retry-timeout-action = Siunčiantysis serveris bandė kelias dienas ir nustojo. Priežastis nurodyta grąžinto laiško klaidoje prieš šią eilutę – dažnai tai nepasiekiamas gaunantysis serveris. Patikrinkite gavėjo adresą ir jo domeno MX įrašus, tada išsiųskite laišką dar kartą; jei taip nepavyksta su visais domenais, gali būti užblokuotas siunčiančiojo serverio 25 prievadas.

## The recipient's domain and mailbox

code-pattern-exim-unrouteable-summary = Unrouteable address: gavėjo domenas neturi pašto serverio
code-pattern-exim-unrouteable-action = Siunčiantysis serveris nerado domeno po @ MX ar adreso (A, AAAA) įrašo, todėl nežino, kur pristatyti laišką. Patikrinkite, ar domene nėra rašybos klaidų; jei jis teisingas, gavėjo domeno administratorius turi nustatyti jo MX įrašus.

code-pattern-mailbox-full-summary = Gavėjo pašto dėžutė pilna (viršyta kvota)
code-pattern-mailbox-full-action = Kad nauji laiškai galėtų patekti, gavėjas turi ištrinti laiškų arba gauti daugiau vietos. Praneškite jam kitu būdu, tada išsiųskite laišką dar kartą. Jei pašto dėžutė jūsų, žiniatinklio pašte ištuštinkite šiukšlinę ir didelius aplankus.

code-pattern-mailbox-disabled-summary = Gavėjo pašto dėžutė išjungta arba nebenaudojama
code-pattern-mailbox-disabled-action = Adresas žinomas, bet laiškų nepriima, dažnai todėl, kad paskyra uždaryta arba ilgai nenaudota. Kitu būdu paklauskite gavėjo, kokiu adresu jam rašyti.

code-pattern-recipient-access-denied-summary = Access denied: gaunančiojo serverio taisyklė atmeta šį adresą
code-pattern-recipient-access-denied-action = Gavėjo serveris atmeta laiškus šiuo adresu pagal jo administratoriaus nustatytą taisyklę, o ne todėl, kad adresas nežinomas. Patikrinkite adresą; jei jis teisingas, kitu būdu paprašykite gavėjo pasirūpinti, kad blokavimas būtų panaikintas, arba nurodyti kitą adresą.

code-pattern-user-unknown-summary = Nežinomas gavėjas: pašto dėžutės šiuo adresu nėra
code-pattern-user-unknown-action = Patikrinkite, ar gavėjo adrese nėra rašybos klaidų, ypač šalia @ ir domeno dalyje. Jei adresas teisingas, kitu būdu paklauskite gavėjo, ar toks adresas dar veikia.

## Mail programs' own errors

code-pattern-outlook-send-login-summary = Outlook: siunčiamų laiškų serveris nesiunčia be prisijungimo
code-pattern-outlook-send-login-action = Siunčiamų laiškų serveris atmetė laišką, dažniausiai todėl, kad Outlook jį siuntė neprisijungęs. Paskyros nustatymuose įjunkite „Mano siunčiamų laiškų serveriui (SMTP) reikalingas autentifikavimas“ ir pasirinkite naudoti tuos pačius parametrus kaip gaunamų laiškų serverio; tada patikrinkite, ar siuntėjo (From) adresas yra pačios pašto dėžutės.

code-pattern-outlook-encryption-summary = Outlook: serveris nepalaiko pasirinkto šifravimo
code-pattern-outlook-encryption-action = Serveriui nustatytas šifravimas netinka jo prievadui. Siunčiamų laiškų serveriui naudokite 587 prievadą su STARTTLS arba 465 prievadą su SSL/TLS; IMAP – 993 prievadą, POP3 – 995 prievadą, abu su SSL/TLS.

code-pattern-outlook-connect-summary = Outlook: nepavyksta prisijungti prie siunčiamų laiškų (SMTP) serverio
code-pattern-outlook-connect-action = Outlook negalėjo pasiekti siunčiamų laiškų serverio. Naudokite { $smtp-server } su 587 prievadu ir STARTTLS arba 465 prievadu ir SSL/TLS, bet ne 25 prievadą, kurį daugelis tinklų blokuoja. Išjunkite antivirusinės programos ar ugniasienės pašto tikrinimą ir bandykite dar kartą; jei žiniatinklio paštas veikia, pats serveris veikia gerai.

code-pattern-thunderbird-auth-summary = Thunderbird: siunčiamų laiškų serveris atmetė prisijungimą
code-pattern-thunderbird-auth-action = Programai Thunderbird nepavyko prisijungti prie siunčiamų laiškų serverio. Lango „Paskyrų nuostatos“ skiltyje „Laiškų išsiuntimo serveris (SMTP)“ laukelyje „Abonento vardas“ nurodykite visą el. pašto adresą, „Tapatumo tikrinimo metodas“ – „Paprastas slaptažodis“, „Saugusis ryšys“ – STARTTLS arba SSL/TLS; tada įveskite dabartinį slaptažodį.

code-pattern-thunderbird-settings-summary = Thunderbird: neteisingas siunčiamų laiškų serverio vardas ar šifravimas
code-pattern-thunderbird-settings-action = Siunčiamų laiškų serverio vardas parašytas su klaida arba nežinomas, arba jo „Saugusis ryšys“ netinka prievadui. Lango „Paskyrų nuostatos“ skiltyje „Laiškų išsiuntimo serveris (SMTP)“ įveskite { $smtp-server } su 587 prievadu ir STARTTLS arba 465 prievadu ir SSL/TLS.

code-pattern-thunderbird-receive-connect-summary = Thunderbird: nepavyksta prisijungti prie gaunamų laiškų serverio
code-pattern-thunderbird-receive-connect-action = Thunderbird negalėjo pasiekti gaunamų laiškų serverio. Paskyros skiltyje „Serverio nuostatos“ patikrinkite jo vardą ir prievadą: IMAP { $imap-server }, prievadas 993, arba POP3 { $pop3-server }, prievadas 995, su SSL/TLS. Ryšį taip pat gali blokuoti paštą tikrinanti antivirusinė programa ar ugniasienė.

code-pattern-thunderbird-connect-summary = Thunderbird neišsiuntė laiško: nėra ryšio su siunčiamų laiškų serveriu
code-pattern-thunderbird-connect-action = Thunderbird negalėjo pasiekti siunčiamų laiškų serverio arba ryšys nutrūko. Jei lange cituojamas serverio atsakymas su kodu, verčiau ieškokite to kodo. Kitu atveju naudokite { $smtp-server } su 587 prievadu ir STARTTLS arba 465 prievadu ir SSL/TLS, bet ne 25, ir išjunkite antivirusinės programos ar ugniasienės pašto tikrinimą.

code-pattern-apple-mail-connect-summary = Apple Mail: nepavyksta prisijungti prie siunčiamų laiškų serverio
code-pattern-apple-mail-connect-action = Mail negalėjo išsiųsti laiško per siunčiamų laiškų serverį. Paskyros skiltyje „Server Settings“ patikrinkite siunčiamų laiškų serverį { $smtp-server }, prievadą 587 arba 465 su TLS, naudotojo vardą ir slaptažodį. Meniu „Window > Connection Doctor“ parodo, kuri dalis neveikia.
