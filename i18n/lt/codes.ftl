### Atsakymo kodai, klasės ir kas turi imtis veiksmų (lietuvių kalba).

## 2xx

code-211-summary = Sistemos būsena: serveris praneša savo būseną arba pateikia pagalbos informaciją
code-211-causes = Pašto programa arba administratorius paprašė serverio būsenos ar pagalbos informacijos, ir tai yra atsakymas.
code-211-action = Nieko daryti nereikia. Tai informacija, o ne klaida.

code-214-summary = Pagalbos pranešimas: serveris rodo pagalbos tekstą
code-214-causes = Kažkas paprašė serverio pagalbos (komanda HELP). Tekste paaiškinamos serverio komandos arba nurodoma, kur rasti daugiau informacijos.
code-214-action = Nieko daryti nereikia. Šis tekstas skirtas tiems, kas testuoja ar administruoja serverį.

code-220-summary = Paslauga parengta: serveris priėmė ryšį
code-220-causes = Taip serveris pasisveikina, kai prie jo prisijungia pašto programa ar kitas serveris. Taip įprastai prasideda kiekvienas seansas.
code-220-action = Nieko daryti nereikia.

code-221-summary = Ryšys baigiamas: serveris įprastai užbaigia seansą
code-221-causes = Pašto programa pranešė, kad baigė darbą (komanda QUIT), todėl serveris nutraukia ryšį. Taip įprastai baigiasi sėkmingas seansas.
code-221-action = Nieko daryti nereikia.

code-235-summary = Autentifikavimas pavyko: serveris priėmė prisijungimą
code-235-causes = Pašto programa prisijungė naudotojo vardu ir slaptažodžiu, o serveris juos priėmė.
code-235-action = Nieko daryti nereikia. Pašto programos prisijungimo nustatymai teisingi.

code-250-summary = Gerai: serveris atliko prašytą veiksmą
code-250-causes = Serveris įvykdė paskutinę komandą. Jei šis atsakymas gautas po paties laiško, serveris laišką priėmė ir perėmė jo pristatymą.
code-250-action = Nieko daryti nereikia. Jei gavėjas vis tiek neranda laiško, paprašykite jo patikrinti šlamšto aplanką.

code-251-summary = Naudotojas ne vietinis: serveris persiųs laišką kitur
code-251-causes = Gavėjo pašto dėžutė yra ne šiame serveryje, bet serveris žino, kur ji yra, ir perduoda laišką toliau, pavyzdžiui, pagal persiuntimo taisyklę arba kitam domeno pašto serveriui.
code-251-action = Nieko daryti nereikia. Laiškas jau pakeliui.

code-252-summary = Naudotojo patikrinti nepavyko, bet serveris bandys pristatyti laišką
code-252-causes = Serveris negali patvirtinti, kad pašto dėžutė egzistuoja, bet laiškus jai priima. Šį atsakymą gauna tik adresą tikrinanti komanda VRFY (RFC 5321 §3.5.3): siųsdama laiškus pašto programa jo niekada nemato.
code-252-action = Nieko daryti nereikia. Jei vėliau pristatyti nepavyks, gausite apie tai grąžintą laišką.

## 3xx

code-334-summary = Vyksta prisijungimas: serveris laukia kito prisijungimo žingsnio
code-334-causes = Prisijungimo metu serveris siunčia trumpą užkoduotą užklausą ir laukia, kol pašto programa atsiųs kitą dalį, pavyzdžiui, naudotojo vardą ar slaptažodį.
code-334-action = Nieko daryti nereikia. Pašto programa atsako pati.

code-354-summary = Pradėkite laiško įvedimą: serveris pasirengęs priimti laiško tekstą
code-354-causes = Serveris jau turi siuntėjo ir gavėjo adresus ir laukia laiško turinio. Pašto programa turinį užbaigia eilute, kurioje yra tik taškas.
code-354-action = Nieko daryti nereikia. Pašto programa laišką išsiunčia pati.

## 4xx

code-420-summary = Baigėsi laukimo laikas: sutriko ryšys su gaunančiuoju serveriu
code-420-causes = Gaunančiojoje pusėje baigėsi ryšio laukimo laikas arba ryšys nutrūko. Šis kodas retas ir senas: vadovuose jis siejamas tik su GroupWise pašto serveriais.
code-420-action = Pabandykite vėliau. Jei tai kartojasi, gavėjas turėtų paprašyti savo GroupWise serverio administratorių tai išsiaiškinti.

code-421-summary = Paslauga nepasiekiama: serveris nutraukia ryšį
code-421-causes = Serveris šiuo metu negali apdoroti pašto: jis perkrautas, paleidžiamas iš naujo ar vyksta priežiūros darbai, arba jis lėtina siuntėją, kuriuo dar nepasitiki. Dideli paslaugų teikėjai (Gmail, Yahoo) kodu 421 riboja laiškų srautą, kai laiškai neatitinka jų autentifikavimo ar reputacijos patikrų, ir tai daro tol, kol siuntėjas problemą pašalina.
code-421-action = Jei kodas matomas grąžintame laiške ar žurnale, siunčiantysis serveris pats bando dar kartą; jei tai tęsiasi kelias valandas, perskaitykite tekste nurodytą priežastį ir perduokite tekstą pašto paslaugų teikėjui ar serverio administratoriui. Jei kodą parodė jūsų pašto programa ir atsakė paties paslaugų teikėjo serveris, pažiūrėkite paslaugų teikėjo būsenos puslapyje, ar nevyksta priežiūros darbai, tada išsiųskite vėliau dar kartą.

code-432-summary = Reikia pakeisti slaptažodį arba gaunantysis Exchange serveris laikinai stabdo pristatymą
code-432-causes = Pagal standartą (432 4.7.12, RFC 4954 §6) tai reiškia, kad paskyros slaptažodį reikia pakeisti arba vieną kartą prisijungti paprastu slaptažodžiu šifruotu ryšiu, ir tik tada šis prisijungimo būdas veiks. Microsoft Exchange kodą 432 4.3.2 (STOREDRV) naudoja, kai gavėjo pašto dėžutė vienu metu gauna per daug laiškų; tai praeina savaime.
code-432-action = Jei kodas 4.7.12, vieną kartą prisijunkite prie žiniatinklio pašto arba įprastu slaptažodžio būdu per SSL/TLS, arba nustatykite naują slaptažodį. Jei kodas 4.3.2 STOREDRV, nieko daryti nereikia: siunčiantysis serveris bandys dar kartą.

code-449-summary = Maršruto parinkimo klaida gaunančiajame Exchange serveryje
code-449-causes = Gaunantysis serveris negalėjo nustatyti, kam toliau perduoti laišką. Šis kodas retas ir senas: vadovuose jis siejamas tik su senais Microsoft Exchange ir WinRoute serveriais.
code-449-action = Gavėjas turėtų paprašyti savo Exchange serverio administratorių patikrinti pašto maršrutų parinkimą. Vėliau galite pabandyti dar kartą.

code-450-summary = Pašto dėžutė laikinai nepasiekiama: serveris laiško nepriėmė
code-450-causes = Dažniausiai tai laikina būsena: pilkasis sąrašas (greylisting – pirmasis nežinomo siuntėjo laiškas kelioms minutėms sulaikomas), gavėjas vienu metu gauna per daug laiškų arba pašto dėžutė trumpam užrakinta. Serveris taip pat gali atidėti laiškus iš siuntėjų, kuriais nepasitiki, pavyzdžiui, neturinčių PTR įrašo arba tų, kurių domeno jis neranda.
code-450-action = Dažniausiai nieko: siunčiantysis serveris pats bando dar kartą, ir laiškas pristatomas. Jei tai kartojasi kelias valandas, perskaitykite tekste nurodytą priežastį; jei jame nurodytas siuntėjo IP adresas, paprašykite pašto paslaugų teikėjo ar serverio administratoriaus patikrinti, ar jo nėra juoduosiuose sąrašuose, pvz., Spamhaus.

code-451-summary = Veiksmas nutrauktas: serveryje įvyko vietinė klaida
code-451-causes = Apdorojant laišką serveryje įvyko laikina klaida, pavyzdžiui, dėl perkrovos arba dėl to, kad nepavyko užbaigti kurios nors serverio atliekamos patikros (pvz., siuntėjo domeno SPF įrašo). Tai ne jūsų kaltė.
code-451-action = Pabandykite vėliau; siunčiantysis serveris tai daro pats. Jei tai kartojasi, nusiųskite visą klaidos tekstą pašto paslaugų teikėjui arba, jei serveris jūsų, jo administratoriui.

code-452-summary = Trūksta vietos arba vienu metu per daug laiškų ar gavėjų
code-452-causes = Atsakančiajam serveriui trūksta vietos (RFC 5321), gavėjo pašto dėžutėje nebeliko vietos (4.2.2) arba viename laiške nurodyta per daug gavėjų (4.5.3). Serveriai šį kodą naudoja ir tada, kai per trumpą laiką išsiunčiama per daug laiškų.
code-452-action =
    Jei kodas 4.2.2, gavėjas turi atlaisvinti vietos. Jei 4.5.3, siųskite laišką mažesniam gavėjų
    skaičiui vienu metu. Jei siunčiant taip atsakė paties paslaugų teikėjo ({ $provider }) serveris,
    neviršykite jo limitų: { $hourly-account-limit } { $hourly-account-limit ->
        [one] laiškas
        [few] laiškai
        [many] laiško
       *[other] laiškų
    } per valandą iš vienos pašto dėžutės ir { $hourly-ip-limit } per valandą iš vieno IP
    adreso.

code-454-summary = Laikina prisijungimo klaida: serveris negalėjo užbaigti prisijungimo
code-454-causes = Laikinas sutrikimas serverio pusėje (RFC 4954): nepavyko užbaigti prisijungimo, TLS kol kas nepasiekiamas (RFC 3207) arba, kai Postfix atsako 454 4.7.1, laiškų perdavimas į tą domeną kol kas atmetamas (programa neprisijungė). Gmail su šiuo kodu rašo „Too many login attempts“.
code-454-action = Palaukite kelias minutes ir bandykite dar kartą. Jei tai kartojasi, patikrinkite pašto programos prisijungimo nustatymus: naudotojo vardas – visas el. pašto adresas, slaptažodis – dabartinis, parinktis „Mano siunčiamų laiškų serveriui (SMTP) reikalingas autentifikavimas“ įjungta.

code-455-summary = Serveris negali pritaikyti parametrų: jis negali naudoti nustatymų
code-455-causes = Gaunantysis serveris šiuo metu negali apdoroti su adresais perduotų parinkčių. Tai laikina gaunančiosios pusės problema.
code-455-action = Kurį laiką palaukite ir pabandykite dar kartą. Jei tai kartojasi, gavėjas turėtų paprašyti savo pašto serverio administratorių tai išsiaiškinti.

## 5xx

code-500-summary = Sintaksės klaida: serveris neatpažino komandos
code-500-causes = Serveris gavo komandą, kurios negalėjo suprasti. Dažnai taip nutinka, kai siuntėjo kompiuteryje antivirusinė programa ar ugniasienė trukdo pašto srautui.
code-500-action = Patikrinkite antivirusinę programą ir ugniasienę, pavyzdžiui, išjunkite siunčiamų laiškų tikrinimą, ir bandykite dar kartą. Taip pat patikrinkite pašto programos siunčiamų laiškų serverio nustatymus.

code-501-summary = Parametrų sintaksės klaida: dalis komandos netinkama
code-501-causes = Dalis komandos buvo netinkama, dažniausiai – neteisingai įvestas ar netinkamo formato gavėjo adresas. Tai gali lemti ir siuntėjo kompiuteryje veikianti antivirusinė programa ar ugniasienė.
code-501-action = Patikrinkite gavėjo adresą raidė po raidės (be tarpų, lygiai vienas ženklas @). Jei jis teisingas, patikrinkite antivirusinę programą ir ugniasienę, tada bandykite dar kartą.

code-502-summary = Komanda nepalaikoma: serveris šios funkcijos nesiūlo
code-502-causes = Serveris atpažįsta jūsų pašto programos naudotą komandą, bet serverio konfigūracijoje ši funkcija išjungta.
code-502-action = Susisiekite su pašto paslaugų teikėju ar serverio administratoriumi ir pateikite visą klaidos tekstą bei pašto programos pavadinimą. Jie pasakys, kokius nustatymus serveris palaiko.

code-503-summary = Netinkama komandų seka: serveris pirmiau laukė kito žingsnio
code-503-causes = Komandos atėjo netinkama tvarka. Dažniausiai pašto programa bandė siųsti neprisijungusi arba bandė prisijungti dar neįjungusi šifravimo (serveris leidžia prisijungti tik po STARTTLS). „Valid RCPT command must precede DATA“ reiškia, kad visi gavėjai jau buvo atmesti: tikroji klaida yra ankstesnėje eilutėje.
code-503-action = Pašto programoje įjunkite „Mano siunčiamų laiškų serveriui (SMTP) reikalingas autentifikavimas“, naudotojo vardu nurodykite visą el. pašto adresą, įveskite dabartinį slaptažodį ir pasirinkite STARTTLS su 587 prievadu arba SSL/TLS su 465 prievadu. Jei tekste minimi RCPT ar DATA, ieškokite ankstesnės klaidos apie gavėjus.

code-504-summary = Komandos parametras nepalaikomas: prisijungimo būdas ar parinktis nepriimami
code-504-causes = Dažniausiai pašto programa pasirinko prisijungimo būdą, kurio serveris nesiūlo (RFC 4954), pavyzdžiui, saugų slaptažodžio autentifikavimą (Secure Password Authentication, SPA), NTLM ar CRAM-MD5. Jūsų paties serveris taip pat gali atmesti HELO vardą, kuris nėra visas serverio vardas.
code-504-action = Pašto programos siunčiamų laiškų serverio nustatymuose pasirinkite įprastą slaptažodžio būdą su SSL/TLS arba STARTTLS ir išjunkite saugų slaptažodžio autentifikavimą (SPA). Savo serveryje nurodykite HELO vardu (Postfix nustatymas myhostname) visą serverio vardą.

code-521-summary = Paštas nepriimamas: gaunantysis serveris el. laiškų nepriima
code-521-causes = Pasiektas serveris praneša, kad pašto niekada nepriima. Gavėjo domenas gali būti nesukonfigūruotas el. paštui, jo MX įrašai (nurodantys jo pašto serverius) gali būti nukreipti ne ten arba jo serveris gali neveikti.
code-521-action = Patikrinkite, ar gavėjo adresas, ypač dalis po @, parašytas teisingai. Jei taip, susisiekite su gavėju kitu būdu: jo domeno administratoriai turi sutvarkyti pašto nustatymus.

code-530-summary = Reikia autentifikavimo: prieš siųsdami turite prisijungti
code-530-causes = Serveris siunčia paštą tik prisijungusiems naudotojams, o pašto programa neprisijungė. Dažnai prisijungimas išjungtas nustatymuose arba reikia atnaujinti išsaugotą slaptažodį.
code-530-action = Patikrinkite pašto programos prisijungimo nustatymus: naudotojo vardas – visas el. pašto adresas, slaptažodis – dabartinis, parinktis „Mano siunčiamų laiškų serveriui (SMTP) reikalingas autentifikavimas“ įjungta. Tada bandykite dar kartą.

code-534-summary = Autentifikavimo būdas šiam serveriui per silpnas
code-534-causes = Pašto programa bandė prisijungti būdu, kurį serveris laiko per silpnu, pavyzdžiui, siųsdama slaptažodį nešifruotu ryšiu.
code-534-action = Pašto programoje įjunkite šifruotą ryšį (SSL/TLS) su siunčiamų laiškų serveriu arba pasirinkite kitą prisijungimo būdą. Naudotojo vardas lieka visas el. pašto adresas, slaptažodis – dabartinis.

code-535-summary = Autentifikavimas nepavyko: neteisingas naudotojo vardas ar slaptažodis
code-535-causes = Serveris atmetė prisijungimo duomenis. Dažniausiai slaptažodis neteisingas ar pasenęs arba naudotojo vardas nėra visas el. pašto adresas.
code-535-action = Patikrinkite pašto programos prisijungimo nustatymus: naudotojo vardas – visas el. pašto adresas, slaptažodis – dabartinis, parinktis „Mano siunčiamų laiškų serveriui (SMTP) reikalingas autentifikavimas“ įjungta. Tada bandykite dar kartą.

code-538-summary = Reikia šifravimo: šiam prisijungimo būdui būtinas šifruotas ryšys
code-538-causes = Serveris leidžia pasirinktu būdu prisijungti tik šifruotu ryšiu, o pašto programa prisijungė be šifravimo.
code-538-action = Pašto programos siunčiamų laiškų serverio nustatymuose įjunkite šifravimą (SSL/TLS) ir naudokite jam skirtą prievadą. Tada bandykite dar kartą.

code-550-summary = Pašto dėžutė nepasiekiama: serveris atsisakė pristatyti šiuo adresu
code-550-causes = Dažniausiai adresas neegzistuoja arba jame yra rašybos klaida. Serveris gali atsisakyti ir dėl taisyklių, pvz., apsaugos nuo šlamšto, arba dėl to, kad gavėjo serveris turi ugniasienės ar ryšio problemų.
code-550-action = Patikrinkite gavėjo adresą, ištaisykite klaidą ir išsiųskite dar kartą. Jei adresas teisingas, kitu būdu paklauskite gavėjo, ar adresas dar veikia ir ar jo serveris neblokuoja jūsų laiškų.

code-551-summary = Naudotojas ne vietinis: serveris laiško toliau neperduos
code-551-causes = Gavėjo pašto dėžutė yra ne šiame serveryje, o serveris, saugodamasis nuo šlamšto, laiškų į kitus serverius neperduoda. Atsakyme gali būti pasiūlytas kitas adresas.
code-551-action = Patikrinkite gavėjo adresą. Jei atsakyme nurodytas kitas adresas, siųskite tuo adresu; jei ne, susisiekite su savo pašto paslaugų teikėju ir pateikite visą klaidos tekstą.

code-552-summary = Viršyta vietos ar dydžio riba: pašto dėžutė pilna arba laiškas per didelis
code-552-causes = Gavėjo pašto dėžutė išnaudojo visą vietą arba laiškas didesnis, nei leidžia gaunantysis serveris (5.3.4). Kai kurie paslaugų teikėjai kodą 552 naudoja ir atmesdami priedą ar turinį (Gmail 5.7.0) arba šlamštą (5.2.0).
code-552-action = Perskaitykite išplėstinį kodą ir tekstą: jei 5.2.2, kitu būdu paprašykite gavėjo atlaisvinti vietos; jei 5.3.4, siųskite mažesnius priedus arba vietoj jų nuorodą; jei atmestas turinys, pašalinkite tekste nurodytą priedą.

code-553-summary = Pašto dėžutės pavadinimas neleistinas: adresas negalioja
code-553-causes = Serveris atmeta adresą, nes jis negalioja, dažniausiai dėl rašybos klaidos ar netinkamo formato.
code-553-action = Patikrinkite, ar gavėjo adrese ir jūsų siuntėjo adrese nėra rašybos klaidų, nereikalingų tarpų ar trūkstamų dalių. Ištaisykite ir išsiųskite dar kartą.

code-554-summary = Operacija nepavyko: serveris atmetė laišką
code-554-causes = Gaunantysis serveris galutinai atmetė laišką. Dažniausiai siunčiančiojo serverio IP adresas yra juodajame sąraše arba siuntėjo ar gavėjo adresas neleistinas. Jei tai serverio pasisveikinimas, vadinasi, serveris pašto paslaugos neteikia.
code-554-action = Paprašykite pašto paslaugų teikėjo ar serverio administratoriaus patikrinti, ar siunčiančiojo serverio IP adreso nėra juodajame sąraše, pvz., Spamhaus. Įsitikinkite, kad laiškas neatrodo kaip šlamštas, o gavėjo adresas teisingas.

code-555-summary = MAIL FROM ar RCPT TO parametrai neatpažinti arba nepalaikomi
code-555-causes = Serveris nepalaiko parinkties, kurią pašto programa pridėjo prie siuntėjo ar gavėjo adreso, pavyzdžiui, SIZE=, BODY=8BITMIME, SMTPUTF8 ar NOTIFY= (RFC 5321). Paslaugų teikėjo ({ $provider }) vadove kaip priežastis nurodomas ir siuntimo limitų viršijimas.
code-555-action =
    Patikrinkite adresus laukeliuose „Nuo“ (From) ir „Kam“ (To) bei pašto programos išplėstines
    siuntimo parinktis. Taip pat neviršykite paslaugų teikėjo ({ $provider }) siuntimo limitų:
    { $hourly-account-limit } { $hourly-account-limit ->
        [one] laiškas
        [few] laiškai
        [many] laiško
       *[other] laiškų
    } per valandą iš vienos pašto dėžutės ir { $hourly-ip-limit } per valandą iš vieno IP
    adreso.

code-556-summary = Domenas nepriima pašto: gavėjo domenas el. laiškų nepriima
code-556-causes = Gavėjo domenas paskelbė, kad visai nepriima el. laiškų (vadinamuoju nuliniu MX įrašu), todėl joks serveris į jį laiškų nepristatys.
code-556-action = Patikrinkite, ar adreso dalyje po @ nėra rašybos klaidų. Jei ji teisinga, susisiekite su gavėju kitu būdu; tai pakeisti gali tik domeno administratoriai.

## Classes (first digit)

class-positive = Sėkmė
class-intermediate = Laukiama tęsinio
class-transient = Laikina klaida
class-permanent = Nuolatinė klaida

class-positive-retry = Atlikta: veiksmas pavyko, tad kartoti nieko nereikia.
class-intermediate-retry = Dar nebaigta: serveris laukia kitos seanso dalies.
class-transient-retry = Laikina: jei kodas matomas grąžintame laiške ar pašto žurnale, siunčiantysis serveris pats bando dar kartą; jei jį parodė jūsų pašto programa, išsiųskite vėliau dar kartą.
class-transient-final = Pagal formą laikina, bet serveris praneša, kad pakartotiniai bandymai nepavyks, kol nebus pašalinta priežastis.
class-permanent-retry = Nuolatinė: pakartotinai siunčiamas tas pats laiškas bus atmestas taip pat, kol nebus pašalinta priežastis.

class-positive-action = Nieko daryti nereikia: serveris atliko tai, ko buvo prašoma.
class-intermediate-action = Nieko daryti nereikia: tai įprastas žingsnis, pašto programa tęsia pati.
class-transient-action = Kurį laiką palaukite ir bandykite dar kartą. Jei tas pats kodas vis kartojasi, nusiųskite visą klaidos tekstą savo pašto paslaugų teikėjui.
class-permanent-action = Perskaitykite prie kodo pateiktą tekstą ir ištaisykite tai, ką jis nurodo, dažnai adresą ar pašto programos nustatymus. Jei neaišku, nusiųskite visą klaidos tekstą savo pašto paslaugų teikėjui.

## Categories (second digit)

class-category-0 = komandų sintaksė
class-category-1 = informacija ar pagalba
class-category-2 = ryšys
class-category-3 = nenurodyta (standarte nenaudojama)
class-category-5 = pašto sistema, pvz., pašto dėžutės būsena

## Who has to act

code-who-sender = Jūs, siuntėjas
code-who-sender-provider = Jūsų pašto paslaugų teikėjas ar serverio administratorius
code-who-recipient-side = Gavėjas arba jo pašto serverio administratoriai
code-who-nobody = Niekas: veiksmų nereikia

## Codes missing from the catalogue

code-unknown-summary = Kodo { $code } kataloge nėra. Pagal skaitmenis tai „{ $class }“ tipo atsakymas, sritis – { $category }.
