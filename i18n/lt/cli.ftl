### Komandinės eilutės žinynas (lietuvių kalba): ką apie kiekvieną komandą ir parinktį sako
### `mailwiz --help`, `mailwiz KOMANDA --help`, man puslapis ir apvalkalo automatinis užbaigimas.
###
### Id: cli-<komanda>-about – komandos eilutė komandų sąraše ir pirmoji jos žinyno eilutė;
### cli-<komanda>-long, jei yra, – visas aprašas, kurį rodo jos --help;
### cli-<komanda>-arg-<parinktis> – parinkties ar argumento tekstas (parinkčių prieš bet kurią
### komandą komanda yra „mailwiz“); cli-value-<vardas> – rodomas reikšmės vardas (<FAILAS>).
### Galimas ir numatytąsias reikšmes prideda programa, pvz., „[numatytoji: text]“.

## Before any command: the wizard

cli-mailwiz-about = Išsiaiškina, kodėl nepavyksta išsiųsti ar gauti el. laiškų, ir paaiškina SMTP atsakymus bei grąžintus laiškus.
cli-mailwiz-long =
    Klaviatūra valdomas vedlys, kuris žingsnis po žingsnio išsiaiškina, kodėl nepavyksta išsiųsti ar
    gauti el. laiškų, pats patikrina DNS, juoduosius sąrašus, pašto serverius ir pašto žurnalą bei
    paaiškina SMTP atsakymus ir grąžintus laiškus. Be komandos paleidžiamas vedlys.
cli-mailwiz-arg-lang = Kalba: en, pl, lt, fi arba cs (numatytoji: pagal LC_ALL, LC_MESSAGES ar LANG, kitaip en)
cli-mailwiz-arg-profile = Paslaugų teikėjo profilis (TOML), naudojamas vietoj rasto ~/.config/mailwiz/ ar /etc/mailwiz/ kataloge
cli-mailwiz-arg-caller-lang = Skambinančiojo kalba, kai padedate kita kalba kalbančiam žmogui: ja pateikiami vedlio klausimai ir paaiškinimai, visa kita – --lang kalba (vedlyje – klavišas C)
cli-mailwiz-arg-summary = Vedliui baigus darbą, įrašyti seanso santrauką į FAILĄ (- reiškia standartinę išvestį)
cli-mailwiz-arg-summary-format = Kaip --summary įrašo santrauką: text (kaip ekrane), markdown (pagalbos užklausai) arba json
cli-mailwiz-arg-domain = Kliento domenas, kurio MX, SPF, DKIM ir DMARC įrašus patikrina vedlys
cli-mailwiz-arg-ip = Siunčiančiojo serverio IP adresas, kurio PTR įrašą ir buvimą juoduosiuose sąrašuose patikrina vedlys
cli-mailwiz-arg-wizard-resolver = DNS serveris, į kurį kreipiasi vedlys (numatytieji: sistemos DNS serveriai)
cli-mailwiz-arg-wizard-offline = Nieko netikrinti tinkle: visų patikrų klausimus vedlys užduoda jums
cli-mailwiz-arg-restricted = Ribota veiksena, skirta ForceCommand nustatymui sshd_config faile (taip pat MAILWIZ_RESTRICTED=1): skaitomi tik įtaisytieji duomenys ir /etc/mailwiz/profile.toml, santrauka išvedama tik į standartinę išvestį
cli-mailwiz-arg-generate = Išvesti man puslapį arba apvalkalo automatinio užbaigimo taisykles, sudarytas pagal tą patį aprašą
cli-mailwiz-arg-help = Parodyti žinyną (--help: išsamų)
cli-mailwiz-arg-help-long = Parodyti žinyną (-h: trumpą)
cli-mailwiz-arg-version = Parodyti versiją ir žinių bazės reviziją

## explain

cli-explain-about = Paaiškinti atsakymo kodus, išplėstinius būsenos kodus ar grąžintų laiškų klaidų eilutes
cli-explain-long =
    Paaiškinti atsakymo kodus (550), išplėstinius būsenos kodus (5.1.1) ar grąžintų laiškų klaidų
    eilutes: ką pasakė serveris, kas turi spręsti problemą ir ką daryti. Keli kodai ar eilutės
    paaiškinami paeiliui. Nurodžius -, skaitoma standartinė įvestis; joje gali būti ir visas
    grąžintas laiškas.
cli-explain-arg-input = Kodas, atsakymo eilutė ar grąžinto laiško klaidos eilutė; - reiškia standartinę įvestį
cli-explain-arg-format = Išvestis: text arba json (po vieną objektą eilutėje)
cli-explain-arg-file = Grąžinto laiško (.eml) arba kelių laiškų mbox failas; paaiškinama kiekvienam gavėjui atskirai

## search

cli-search-about = Ieškoti tarp kodų ir atpažįstamų atmetimo tekstų
cli-search-long =
    Ieškoti atsakymo kodų, išplėstinių būsenos kodų ir atpažįstamų atmetimo tekstų pagal žodžius,
    kodą ar jo pradžią (55, 5.7.); geriausiai atitinkantys rodomi pirmiausia, kaip vedlio paieškoje.
    Išėjimo kodas 0, jei rezultatų rasta, 2 – jei nerasta.
cli-search-arg-words = Žodžiai, kodas ar jo pradžia
cli-search-arg-format = Išvestis: text arba json (po vieną objektą eilutėje)

## check

cli-check-about = Patikrinti domeno, adreso ar serverio DNS, juoduosius sąrašus ir pašto serverius
cli-check-long =
    Patikrinkite patys kiekvieno objekto DNS įrašus (MX, SPF, DMARC, DKIM, PTR), juoduosius sąrašus
    ir pašto serverius (SMTP, IMAP, POP3: pasisveikinimą, STARTTLS, sertifikatą, prisijungimo būdus):
    rezultatai pateikiami su įrodymais. Niekada nesiunčiamas nei laiškas, nei slaptažodis. Išėjimo
    kodas 0, jei patikros atliktos, nesvarbu, ką jos rado.
cli-check-arg-targets = Domenas, el. pašto adresas, IP adresas arba serveris: smtp://, submission://, smtps://, imap://, imaps://, pop3:// ar pop3s:// su serverio vardu ir nebūtinu prievadu; mx://DOMENAS – pirmasis domeno MX serveris
cli-check-arg-format = Išvestis: text arba json (po vieną objektą eilutėje)
cli-check-arg-resolver = DNS serveris, į kurį kreiptis (numatytieji: sistemos DNS serveriai)
cli-check-arg-dnsbl = DNS juodojo sąrašo zona, kurioje tikrinti IP adresą (galima kartoti; numatytosios: iš profilio)
cli-check-arg-dkim-selector = DKIM selektorius, kurį tikrinti domenui (galima kartoti; papildomai prie profilio selektorių)
cli-check-arg-timeout = Kiek sekundžių (nuo 1 iki 60) gali trukti viena DNS užklausa ar vienas serverio atsakymas
cli-check-arg-offline = Nieko netikrinti tinkle: visos patikros pažymimos kaip praleistos

## logs

cli-logs-about = Perskaityti pašto žurnalą: pristatymų skaičiai, nesėkmės pagal priežastis ir kaip jas ištaisyti
cli-logs-long =
    Perskaityti ir apibendrinti pašto žurnalą: suskaičiuoti Postfix, Exim, Sendmail, OpenSMTPD ir
    Courier pristatymus, sugrupuoti nesėkmes pagal priežastį, nurodyti, kaip jas ištaisyti, ir
    išvardyti gavėjų domenus. Skaitomi paprasti ir .gz failai, o - (standartinė įvestis) – ir journalctl -o json
    ar -o export formatu.
cli-logs-arg-files = Žurnalo failas, paprastas ar .gz; - reiškia standartinę įvestį (numatytasis: profilio žurnalas, kitaip /var/log/maillog ar /var/log/mail.log)
cli-logs-arg-format = Išvestis: text arba json
cli-logs-arg-since = Tik įrašai nuo šio laiko (imtinai): 2026-11-30, "2026-11-30 14:00" arba laikotarpis atgal, pvz., 24h ar 7d
cli-logs-arg-until = Tik įrašai iki šio laiko (formos tos pačios)
cli-logs-arg-address = Tik pristatymai šiuo adresu ar iš jo; nurodžius tik domeną – į jį ir iš jo

## profile

cli-profile-about = Parodyti galiojantį profilį ir iš kur jis gautas, arba patikrinti profilį
cli-profile-long =
    Parodyti galiojantį profilį ir iš kur jis gautas: --profile, naudotojo
    ~/.config/mailwiz/profile.toml, /etc/mailwiz/profile.toml ar įtaisytasis. Su --check FAILAS –
    patikrinti tą failą ir nurodyti kiekvieną klaidą su jos eilute.
cli-profile-arg-check = Patikrinti šį profilį, užuot parodžius galiojantį

## codes

cli-codes-about = Išvardyti visus katalogo atsakymo kodus arba išplėstinius būsenos kodus
cli-codes-arg-format = Išvestis: text arba json (po vieną objektą eilutėje)
cli-codes-arg-enhanced = Vietoj atsakymo kodų išvardyti registro išplėstinius būsenos kodus (X.Y.Z)

## help

cli-help-about = Parodyti mailwiz arba vienos iš jo komandų žinyną
cli-help-arg-command = Komanda, kurios žinyną parodyti

## Names of values

cli-value-lang = KALBA
cli-value-file = FAILAS
cli-value-format = FORMATAS
cli-value-domain = DOMENAS
cli-value-ip = IP
cli-value-ip-port = IP[:PRIEVADAS]
cli-value-kind = RŪŠIS
cli-value-path = KELIAS
cli-value-input = ĮVESTIS
cli-value-words = ŽODŽIAI
cli-value-zone = ZONA
cli-value-selector = SELEKTORIUS
cli-value-secs = SEKUNDĖS
cli-value-time = LAIKAS
cli-value-address = ADRESAS
cli-value-target = OBJEKTAS
cli-value-command = KOMANDA

## The man page (mailwiz --generate man): the title of the manual, the section headings (written
## in capitals on the page) and the sections the options do not say. The names of options,
## commands, keys, files and environment variables stay as they are.

cli-man-manual = mailwiz vadovas
cli-man-name = Pavadinimas
cli-man-synopsis = Sintaksė
cli-man-description = Aprašymas
cli-man-keys = Vedlio klavišai
cli-man-keys-text = Vedlys valdomas pavieniais klavišais. Kiekvieno ekrano klavišai nurodyti jo apačioje, o ? išvardija juos visus.
cli-man-profile = Profilis
cli-man-profile-text =
    Paslaugų teikėjo duomenys (apribojimai, adresai, pašto serveriai, juodieji sąrašai, pašto
    žurnalas) imami iš --profile FAILAS, jei jis nenurodytas – iš
    $XDG_CONFIG_HOME/mailwiz/profile.toml (arba ~/.config/mailwiz/profile.toml), jei ir jo nėra –
    iš /etc/mailwiz/profile.toml, o jei nėra ir šio, naudojamas įtaisytasis profilis. Komanda
    mailwiz profile parodo galiojantį profilį ir iš kur jis gautas, o mailwiz profile --check FAILAS
    nurodo kiekvieną to failo klaidą su jos eilute.
cli-man-restricted = Ribota veiksena
cli-man-restricted-text =
    Ribotoje veiksenoje, kuri įjungiama parinktimi --restricted arba MAILWIZ_RESTRICTED=1
    (ForceCommand nustatymui sshd_config faile), mailwiz neskaito jokių failų, išskyrus savo
    įtaisytuosius duomenis ir /etc/mailwiz/profile.toml, santrauką išveda tik į standartinę
    išvestį ir nepaleidžia jokių kitų programų. Per SSH atsiųsta komanda (SSH_ORIGINAL_COMMAND)
    vykdoma tik tada, jei tai explain, codes, search, check ar help su parinktimis, kurios
    neskaito failų; apvalkalo sintaksė ir visa kita atmetama. Kokios tiesioginės patikros
    leidžiamos, lemia profilio raktas checks.restricted (on, off arba own-domain kartu su
    MAILWIZ_DOMAIN), o ar skaitomas pašto žurnalas – raktas server.log-in-restricted.
cli-man-environment = Aplinkos kintamieji
cli-man-env-lang = Kalba, kai nenurodyta --lang (en, pl, lt, fi arba cs).
cli-man-env-no-color = Išjungia spalvas.
cli-man-env-config = Katalogas, kuriame ieškoma naudotojo profilio mailwiz/profile.toml; jei nenustatytas – ~/.config.
cli-man-env-restricted = 1 įjungia ribotą veikseną.
cli-man-env-domain = Ribotoje veiksenoje – paties paskyros domenas, vienintelis, kurį gali tikrinti tiesioginės patikros, kai profilyje nurodyta own-domain.
cli-man-env-offline = 1 išjungia tiesiogines patikras: visų patikrų klausimus vedlys užduoda jums.
cli-man-exit-status = Išėjimo kodas
cli-man-exit-0 = Atlikta (check ir logs atveju – komanda įvykdyta, nesvarbu, ką ji rado).
cli-man-exit-1 = Sistemos klaida: sutriko terminalas, išvestis ar santraukos failas.
cli-man-exit-2 = Reikia prašyti kitaip: netinkama parinktis ar įvestis, nepaaiškinamas kodas, search nieko nerado, failo neįmanoma perskaityti arba prašoma to, ko neleidžia ribota veiksena.
cli-man-version = Versija
