### Pomoc wiersza poleceń (Polish, polski): co `mailwiz --help`, `mailwiz POLECENIE --help`, strona
### man i uzupełnianie w powłoce mówią o każdym poleceniu i każdej opcji.
###
### Identyfikatory: cli-<polecenie>-about to wiersz polecenia na liście poleceń i pierwszy wiersz jego
### pomocy; cli-<polecenie>-long, jeśli istnieje, to pełny opis, który pokazuje jego --help;
### cli-<polecenie>-arg-<opcja> to tekst opcji lub argumentu (opcje podawane przed poleceniem należą
### do polecenia „mailwiz”); cli-value-<nazwa> to nazwa wartości pokazywana w pomocy (<PLIK>).
### Możliwe wartości i wartości domyślne dopisuje program, np. „[domyślnie: text]”.

## Przed poleceniem: kreator

cli-mailwiz-about = Ustala, dlaczego nie da się wysłać lub odebrać poczty, i wyjaśnia odpowiedzi serwerów SMTP oraz zwrotki.
cli-mailwiz-long =
    Obsługiwany z klawiatury kreator, który krok po kroku ustala, dlaczego nie da się wysłać lub
    odebrać poczty, sprawdza DNS, czarne listy, serwery pocztowe, a nawet sam log poczty, i wyjaśnia
    odpowiedzi serwerów SMTP oraz zwrotki. Bez polecenia uruchamia się kreator.
cli-mailwiz-arg-lang = Język: en, pl, lt, fi lub cs (domyślnie: według LC_ALL, LC_MESSAGES lub LANG, a gdy ich brak, en)
cli-mailwiz-arg-profile = Profil dostawcy (TOML) używany zamiast profilu z ~/.config/mailwiz/ lub /etc/mailwiz/
cli-mailwiz-arg-caller-lang = Język rozmówcy, gdy pomagasz komuś, kto mówi innym językiem: w nim pytania i wyjaśnienia kreatora, reszta w języku z --lang (w kreatorze: klawisz C)
cli-mailwiz-arg-summary = Po zakończeniu pracy kreatora zapisuje podsumowanie sesji w PLIKU („-” oznacza standardowe wyjście)
cli-mailwiz-arg-summary-format = Format podsumowania z --summary: text (jak na ekranie), markdown (do zgłoszenia) lub json
cli-mailwiz-arg-domain = Domena klienta, której rekordy MX, SPF, DKIM i DMARC sprawdza kreator
cli-mailwiz-arg-ip = Adres IP serwera wysyłającego, którego rekord PTR i obecność na czarnych listach sprawdza kreator
cli-mailwiz-arg-wizard-resolver = Serwer DNS, który odpytuje kreator (domyślnie: systemowe resolvery)
cli-mailwiz-arg-wizard-offline = Bez testów na żywo: kreator zadaje pytania, zamiast sprawdzać
cli-mailwiz-arg-restricted = Tryb ograniczony, do ForceCommand w sshd_config (także MAILWIZ_RESTRICTED=1): czyta tylko wbudowane dane i /etc/mailwiz/profile.toml, a podsumowanie wypisuje tylko na standardowe wyjście
cli-mailwiz-arg-generate = Wypisuje stronę man albo skrypt uzupełniania dla powłoki, utworzone z tej samej definicji co ta pomoc
cli-mailwiz-arg-help = Wyświetla pomoc (pełną: --help)
cli-mailwiz-arg-help-long = Wyświetla pomoc (skróconą: -h)
cli-mailwiz-arg-version = Wyświetla wersję programu i bazy wiedzy

## explain

cli-explain-about = Wyjaśnia kody odpowiedzi, kody rozszerzone i błędy ze zwrotek
cli-explain-long =
    Wyjaśnia kody odpowiedzi (550), rozszerzone kody statusu (5.1.1) lub wiersze błędów ze zwrotek:
    co odpowiedział serwer, kto ma działać i co zrobić. Kilka kodów lub wierszy jest wyjaśnianych po
    kolei. „-” oznacza standardowe wejście, na które można przekazać nawet całą zwrotkę.
cli-explain-arg-input = Kod, wiersz odpowiedzi lub wiersz błędu ze zwrotki; „-” oznacza standardowe wejście
cli-explain-arg-format = Format wyniku: text lub json (po jednym obiekcie w wierszu)
cli-explain-arg-file = Zwrotka (.eml) lub plik mbox z kilkoma zwrotkami, wyjaśniane osobno dla każdego odbiorcy

## search

cli-search-about = Przeszukuje kody i rozpoznawane komunikaty o odrzuceniu poczty
cli-search-long =
    Szuka słów, kodu lub jego początku (55, 5.7.) w kodach odpowiedzi, rozszerzonych kodach statusu
    i rozpoznawanych komunikatach o odrzuceniu poczty i podaje wyniki od najlepszego, tak jak
    wyszukiwarka kodów w kreatorze. Kod wyjścia 0, gdy są wyniki, a 2, gdy ich nie ma.
cli-search-arg-words = Słowa, kod lub jego początek
cli-search-arg-format = Format wyniku: text lub json (po jednym obiekcie w wierszu)

## check

cli-check-about = Bada DNS, czarne listy i serwery pocztowe domeny, adresu lub serwera
cli-check-long =
    Sprawdza na żywo rekordy DNS (MX, SPF, DMARC, DKIM, PTR), czarne listy i serwery pocztowe (SMTP,
    IMAP, POP3: powitanie, STARTTLS, certyfikat, metody logowania) każdego celu i pokazuje dowody.
    Nigdy nie wysyła żadnej wiadomości ani hasła. Kod wyjścia 0, gdy testy się odbyły, niezależnie od
    tego, co wykazały.
cli-check-arg-targets = Domena, adres e-mail, adres IP lub serwer: smtp://, submission://, smtps://, imap://, imaps://, pop3:// lub pop3s:// z nazwą hosta i opcjonalnym portem; mx://DOMENA oznacza pierwszy serwer MX domeny
cli-check-arg-format = Format wyniku: text lub json (po jednym obiekcie w wierszu)
cli-check-arg-resolver = Serwer DNS do odpytywania (domyślnie: systemowe resolvery)
cli-check-arg-dnsbl = Strefa czarnej listy DNS, w której sprawdzić adres IP (można powtarzać; domyślnie: z profilu)
cli-check-arg-dkim-selector = Selektor DKIM do sprawdzenia w domenie (można powtarzać; oprócz tych z profilu)
cli-check-arg-timeout = Limit czasu na jedno zapytanie DNS lub jedną odpowiedź serwera, w sekundach (od 1 do 60)
cli-check-arg-offline = Bez testów na żywo: każdy test jest zgłaszany jako pominięty

## logs

cli-logs-about = Czyta log poczty: doręczenia, błędy według przyczyny i jak je usunąć
cli-logs-long =
    Odczytuje za Ciebie log poczty: zlicza doręczenia serwerów Postfix, Exim, Sendmail, OpenSMTPD
    i Courier, grupuje nieudane doręczenia według przyczyny z radą, jak je usunąć, i podaje domeny
    odbiorców. Czyta zwykłe pliki i pliki .gz, a ze standardowego wejścia („-”) także wynik
    journalctl -o json lub -o export.
cli-logs-arg-files = Plik logu, zwykły lub .gz, albo „-” dla standardowego wejścia (domyślnie: log z profilu, a bez niego /var/log/maillog lub /var/log/mail.log)
cli-logs-arg-format = Format wyniku: text lub json
cli-logs-arg-since = Tylko wpisy od tej chwili: 2026-11-30, "2026-11-30 14:00" albo okres wstecz, np. 24h lub 7d
cli-logs-arg-until = Tylko wpisy sprzed tej chwili (w tych samych formatach)
cli-logs-arg-address = Tylko doręczenia do tego adresu lub z niego (albo do domeny i z niej, gdy podano samą domenę)

## profile

cli-profile-about = Wyświetla obowiązujący profil i jego źródło albo sprawdza profil
cli-profile-long =
    Wyświetla obowiązujący profil i jego źródło: --profile, profil użytkownika
    ~/.config/mailwiz/profile.toml, /etc/mailwiz/profile.toml albo profil wbudowany. Z --check PLIK
    sprawdza ten plik i zgłasza każdy błąd z numerem wiersza.
cli-profile-arg-check = Sprawdza ten profil, zamiast wyświetlać obowiązujący

## codes

cli-codes-about = Wyświetla wszystkie kody odpowiedzi z katalogu lub kody rozszerzone
cli-codes-arg-format = Format wyniku: text lub json (po jednym obiekcie w wierszu)
cli-codes-arg-enhanced = Wyświetla rozszerzone kody statusu (X.Y.Z) z rejestru zamiast kodów odpowiedzi

## help

cli-help-about = Wyświetla pomoc programu mailwiz lub jednego z jego poleceń
cli-help-arg-command = Polecenie, dla którego wyświetlić pomoc

## Nazwy wartości

cli-value-lang = JĘZYK
cli-value-file = PLIK
cli-value-format = FORMAT
cli-value-domain = DOMENA
cli-value-ip = IP
cli-value-ip-port = IP[:PORT]
cli-value-kind = RODZAJ
cli-value-path = ŚCIEŻKA
cli-value-input = TEKST
cli-value-words = SŁOWA
cli-value-zone = STREFA
cli-value-selector = SELEKTOR
cli-value-secs = SEKUNDY
cli-value-time = CZAS
cli-value-address = ADRES
cli-value-target = CEL
cli-value-command = POLECENIE

## Strona man (mailwiz --generate man): tytuł podręcznika, nagłówki sekcji (na stronie pisane
## wielkimi literami) i sekcje, o których nie mówią opcje. Nazwy opcji, poleceń, kluczy, plików
## i zmiennych środowiskowych pozostają bez zmian.

cli-man-manual = Podręcznik programu mailwiz
cli-man-name = Nazwa
cli-man-synopsis = Składnia
cli-man-description = Opis
cli-man-keys = Klawisze w kreatorze
cli-man-keys-text = Kreator obsługuje się pojedynczymi klawiszami. Stopka każdego ekranu pokazuje jego klawisze, a ? wyświetla listę wszystkich.
cli-man-profile = Profil
cli-man-profile-text =
    Dane dostawcy (limity, adresy, serwery pocztowe, czarne listy, log poczty) mailwiz odczytuje
    z pliku podanego opcją --profile PLIK. Bez tej opcji szuka kolejno
    $XDG_CONFIG_HOME/mailwiz/profile.toml (lub ~/.config/mailwiz/profile.toml)
    i /etc/mailwiz/profile.toml, a gdy żadnego z nich nie ma, korzysta z profilu wbudowanego.
    mailwiz profile wyświetla obowiązujący profil i jego źródło, a mailwiz profile --check PLIK
    zgłasza każdy problem w pliku wraz z numerem wiersza.
cli-man-restricted = Tryb ograniczony
cli-man-restricted-text =
    Po włączeniu opcją --restricted lub zmienną MAILWIZ_RESTRICTED=1 (do ForceCommand
    w sshd_config) mailwiz czyta tylko wbudowane dane i plik /etc/mailwiz/profile.toml,
    podsumowanie wypisuje tylko na standardowe wyjście i nie uruchamia żadnych innych programów.
    Polecenie wysłane przez SSH (SSH_ORIGINAL_COMMAND) zostaje wykonane tylko wtedy, gdy jest to
    explain, codes, search, check lub help z opcjami, które nie czytają plików; składnię powłoki
    i wszystko inne program odrzuca. O testach na żywo decyduje klucz profilu checks.restricted
    (on, off lub own-domain razem z MAILWIZ_DOMAIN), a o odczytywaniu logu poczty klucz
    server.log-in-restricted.
cli-man-environment = Środowisko
cli-man-env-lang = Język, gdy nie podano --lang (en, pl, lt, fi lub cs).
cli-man-env-no-color = Wyłącza kolory.
cli-man-env-config = Katalog, w którym szukany jest profil użytkownika (mailwiz/profile.toml); bez tej zmiennej: ~/.config.
cli-man-env-restricted = 1 włącza tryb ograniczony.
cli-man-env-domain = W trybie ograniczonym: własna domena konta, jedyna, którą mogą sprawdzać testy na żywo, gdy profil ustawia own-domain.
cli-man-env-offline = 1 wyłącza testy na żywo: kreator zadaje pytania, zamiast sprawdzać.
cli-man-exit-status = Kod wyjścia
cli-man-exit-0 = Sukces (w przypadku check i logs: polecenie zadziałało, niezależnie od tego, co wykazało).
cli-man-exit-1 = Błąd po stronie systemu: terminal, zapis wyniku lub plik podsumowania.
cli-man-exit-2 = Trzeba zapytać inaczej: nieprawidłowa opcja lub dane wejściowe, kod bez wyjaśnienia, brak wyników polecenia search, plik, którego nie można odczytać, albo coś, na co nie pozwala tryb ograniczony.
cli-man-version = Wersja
