### Wstępne sprawdzenie i siedem scenariuszy kreatora (Polish, polski).
### Dane dostawcy przychodzą jako zmienne z profilu: $provider, $daily-limit, $hourly-account-limit,
### $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server, $imap-server, $pop3-server,
### $mail-log, $php-sending, $spam-folder, $spf-include.
### Każde pytanie kontrolne jest zadane tak, aby naturalna odpowiedź prowadziła do właściwej gałęzi:
### żadnych pytań z przeczeniem („Czy … nie ma …?”), a tytuł jest stwierdzeniem, które odpowiedź
### potwierdza w podsumowaniu („Adres IP na czarnej liście: Nie”).

## Punkty wejścia

ui-start-title = Start
ui-start-text = Co chcesz zrobić?
ui-start-prechecks = Uruchom kontrolę wstępną (najlepiej, gdy nie wiesz, co nie działa)
ui-start-scenarios = Wiem, co nie działa: wybierz jeden z siedmiu problemów
ui-start-code = Mam kod błędu albo zwrotkę
ui-pick-title = Co nie działa
ui-pick-text = Który z opisów najlepiej pasuje do problemu?
ui-lookup-title = Sprawdź kod
ui-lookup-text = Wpisz kod odpowiedzi (np. 550 lub 5.1.1) albo wklej wiersz z błędem ze zwrotki.

## Wstępne sprawdzenie

check-name = Kontrola wstępna
check-service-title = Usługa i domena aktywne
check-service-text =
    Czy usługa poczty e-mail jest aktywna, razem z pakietem hostingowym, do którego należy, i czy sama
    domena jest nadal zarejestrowana i aktywna?
check-service-unsure =
    Zaloguj się do panelu klienta ({ $control-panel }). Widać tam datę wygaśnięcia pakietu i domeny;
    jeśli coś jest oznaczone jako wygasłe lub zawieszone, odpowiedz „nie”.
check-service-no =
    Skrzynki przestają działać, gdy tylko wygaśnie pakiet lub domena. Odnów w panelu klienta to, co
    wygasło; poczta zacznie znowu działać, gdy odnowienie zostanie zrealizowane.
check-webmail-title = Webmail działa
check-webmail-text =
    Otwórz webmail ({ $webmail }), wyślij wiadomość na skrzynkę u innego dostawcy (np. Gmail lub
    Outlook.com) i odpowiedz na nią stamtąd. Czy dotarły i wiadomość, i odpowiedź?
check-webmail-unsure =
    Wiadomość na własny adres nie opuszcza serwera, więc nie sprawdza żadnego kierunku; wiadomość do
    innego dostawcy i odpowiedź na nią sprawdzają oba. Jeśli w ogóle nie możesz się zalogować,
    odpowiedz „nie”.
check-webmail-yes =
    Skrzynka i serwery dostawcy działają. Błąd tkwi najpewniej w ustawieniach programu pocztowego,
    więc porównaj je ze scenariuszem, który pasuje do Twojego problemu.
check-login-title = Logowanie do webmaila działa
check-login-text = Czy możesz zalogować się do webmaila, podając jako login pełny adres e-mail i swoje hasło?
check-login-unsure =
    Login to cały adres, np. anna@example.com, a nie samo „anna”. Spróbuj raz zalogować się w ten
    sposób do webmaila.
check-login-no =
    Wpisz cały adres, razem z częścią po @. Jeśli to nie pomoże, ustaw nowe hasło do skrzynki w panelu
    klienta ({ $control-panel }) i używaj go w webmailu oraz we wszystkich programach pocztowych.
check-maintenance-title = Prace serwisowe lub awaria
check-maintenance-text =
    Czy strona statusu ({ $status-page }) pokazuje prace serwisowe lub awarię, które dotyczą Twojej
    usługi?
check-maintenance-unsure =
    Otwórz stronę statusu i poszukaj swojej usługi lub nazwy swojego serwera wśród bieżących
    i planowanych prac.
check-maintenance-yes =
    Trwające prace mogą opóźnić lub przerwać działanie poczty. Poczekaj, aż zostaną oznaczone jako
    zakończone, i spróbuj ponownie; wiadomości wstrzymane w ich trakcie są zwykle doręczane później.
check-mx-title = Rekordy MX wskazują na dostawcę
check-mx-text = Czy rekordy MX domeny wskazują na serwery pocztowe dostawcy ({ $provider })?
check-mx-unsure =
    Sprawdź rekordy MX domeny i porównaj je z tymi, które zaleca panel klienta:
      dig MX example.com
    W systemie Windows:
      nslookup -type=mx example.com
check-mx-no =
    Poczta dla domeny trafia tam, gdzie wskazują rekordy MX. Popraw je w strefie DNS domeny; propagacja
    zmiany może potrwać kilka godzin.

## Nazwy scenariuszy

scenario-1-name = Wysyłanie z programu pocztowego (SMTP)
scenario-2-name = Odbieranie w programie pocztowym (POP3 lub IMAP)
scenario-3-name = Webmail: logowanie, wysyłanie lub odbieranie
scenario-4-name = Wysyłanie z PHP na hostingu
scenario-5-name = Wysyłanie z serwera wirtualnego lub dedykowanego
scenario-6-name = Odbieranie na serwerze wirtualnym lub dedykowanym
scenario-7-name = Wiadomość zaginęła

## 1. Wysyłanie z programu pocztowego

scenario-1-left-title = Wiadomość w Wysłanych
scenario-1-left-text =
    Czy wiadomość jest w folderze Wysłane programu pocztowego? Jeśli tak, opuściła program, a problem
    dotyczy jej doręczenia.
scenario-1-left-unsure =
    Zajrzyj do folderów Wysłane i Skrzynka nadawcza. Wiadomość z Wysłanych opuściła program;
    ta, która utknęła w Skrzynce nadawczej, nie.
scenario-1-error-title = Program pokazuje błąd
scenario-1-error-text = Czy przy wysyłaniu program pocztowy pokazuje komunikat o błędzie?
scenario-1-error-unsure = Wyślij do siebie krótką wiadomość testową i sprawdź, czy pojawi się okno lub powiadomienie z błędem.
scenario-1-code-title = Błąd
scenario-1-code-text = Wpisz kod lub wklej treść błędu, którą pokazał program pocztowy.
scenario-1-connect-title = Błąd połączenia z serwerem
scenario-1-connect-text =
    Czy program pocztowy zgłasza błąd połączenia z serwerem poczty wychodzącej, np. że połączenie
    zostało odrzucone albo upłynął limit czasu?
scenario-1-connect-unsure =
    Takie błędy nie mają kodu odpowiedzi: Outlook pokazuje 0x800CCC0E lub 0x800CCC0F, Thunderbird
    „Wysyłanie wiadomości się nie powiodło” lub „upłynął limit czasu połączenia”, a Apple Mail
    informuje, że nie może połączyć się z serwerem.
scenario-1-connect-yes =
    Użyj portu 587 ze STARTTLS albo portu 465 z SSL/TLS, nigdy portu 25: większość sieci domowych
    i komórkowych blokuje port 25. Antywirus z „osłoną poczty” albo zapora sieciowa, która skanuje
    pocztę, może zrywać połączenie; wyłącz w tym programie skanowanie poczty i spróbuj ponownie. Wpisz
    nazwę serwera dokładnie tak: { $smtp-server }. Nazwa z Twojej własnej domeny nie pasuje do
    certyfikatu serwera. Aby sprawdzić połączenie z komputera:
      openssl s_client -connect { $smtp-server }:465
scenario-1-config-title = Działa po poprawieniu ustawień
scenario-1-config-text =
    Sprawdź w ustawieniach konta serwer poczty wychodzącej: nazwa { $smtp-server }, port 587
    ze STARTTLS lub port 465 z SSL/TLS. Czy po poprawieniu ustawień wysyłanie działa?
scenario-1-config-unsure =
    Serwer poczty wychodzącej (SMTP) jest w ustawieniach konta w programie, często w sekcji
    „Ustawienia serwera” lub „Serwer poczty wychodzącej (SMTP)”.
scenario-1-auth-title = Działa z uwierzytelnianiem SMTP
scenario-1-auth-text =
    Włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”, z pełnym adresem e-mail jako
    nazwą użytkownika i tym samym hasłem co w webmailu. Czy teraz wysyłanie działa?
scenario-1-auth-unsure =
    Jeśli możesz zalogować się do webmaila ({ $webmail }) tym adresem i hasłem, to są one poprawne
    także dla programu pocztowego.
scenario-1-blocked-title = Wysyłka ze skrzynki zablokowana
scenario-1-blocked-text =
    Czy dostawca zablokował wysyłanie z tej skrzynki, np. po kradzieży hasła do niej? Informuje o tym
    panel klienta albo wiadomość od dostawcy.
scenario-1-blocked-unsure =
    Skrzynka, z której bez wiedzy właściciela wysłano spam, dostaje blokadę wysyłki, ale nadal odbiera
    pocztę. W odpowiedzi serwera często pojawia się „blocked”, „bad outbound sender”,
    „policy violation” albo adres skrzynki.
scenario-1-blocked-yes =
    Zmień hasło do skrzynki w panelu klienta ({ $control-panel }), sprawdź antywirusem każdy komputer
    i telefon, który z niej korzysta, i usuń reguły przekierowania ustawione bez Twojej wiedzy. Potem
    poproś pomoc techniczną o zdjęcie blokady i podaj adres skrzynki.
scenario-1-limit-title = Przekroczone limity wysyłki
scenario-1-limit-text =
    Czy wysłano więcej, niż pozwalają limity: { $hourly-account-limit } { $hourly-account-limit ->
        [one] wiadomość
        [few] wiadomości
       *[many] wiadomości
    } na godzinę z jednej skrzynki, { $hourly-ip-limit } na godzinę z jednego adresu IP
    i { $daily-limit } dziennie z hostingu?
scenario-1-limit-unsure =
    Policz, ile wiadomości wyszło w ciągu ostatniej godziny i dzisiaj, łącznie z newsletterami
    i wiadomościami do wielu odbiorców.
scenario-1-limit-yes =
    Po przekroczeniu limitu serwer przez pewien czas odrzuca kolejne wiadomości. Odczekaj godzinę
    przed ponowną wysyłką, a duże wysyłki rozłóż w czasie lub użyj przeznaczonej do nich usługi.
scenario-1-solved-title = Wysyłanie działa
scenario-1-solved-text = Wysyłanie znów działa. Zachowaj te ustawienia w każdym programie, który używa tej skrzynki.
scenario-1-contact-title = Kontakt z pomocą techniczną
scenario-1-contact-text = Jeśli wysyłanie nadal nie działa, napisz do pomocy technicznej i podaj:

## 2. Odbieranie w programie pocztowym

scenario-2-left-title = Błąd przy odbieraniu
scenario-2-left-text = Czy program pocztowy pokazuje błąd, gdy sprawdza, czy jest nowa poczta?
scenario-2-left-unsure =
    Kliknij „Wyślij/odbierz” lub „Pobierz wiadomości” i sprawdź, czy pojawi się okno lub powiadomienie
    z błędem. Jeśli program podaje, że wszystko jest aktualne, połączenie działa.
scenario-2-config-title = Działa po poprawieniu ustawień
scenario-2-config-text =
    Sprawdź serwer poczty przychodzącej: IMAP { $imap-server } na porcie 993 z SSL/TLS albo
    POP3 { $pop3-server } na porcie 995 z SSL/TLS, z pełnym adresem e-mail jako nazwą użytkownika.
    Czy po poprawieniu ustawień odbieranie działa?
scenario-2-config-unsure = IMAP przechowuje wiadomości na serwerze i pokazuje foldery; POP3 pobiera tylko skrzynkę odbiorczą.
scenario-2-password-title = Hasło z programu działa w webmailu
scenario-2-password-text = Czy możesz zalogować się do webmaila ({ $webmail }) tym samym adresem i hasłem, których używa program?
scenario-2-password-unsure = Skopiuj hasło z ustawień programu, wklej je na stronie logowania webmaila i spróbuj.
scenario-2-password-yes =
    Hasło jest poprawne, więc przyczyną są najpewniej ustawienia programu albo coś pomiędzy nim
    a serwerem, np. zapora sieciowa lub antywirus skanujący pocztę.
scenario-2-password-no =
    Ustaw nowe hasło w panelu klienta ({ $control-panel }) i wpisz je w webmailu oraz w programie
    pocztowym.
scenario-2-pop3-title = Inne urządzenie używa POP3
scenario-2-pop3-text = Czy inny telefon, komputer lub program pobiera pocztę z tej skrzynki przez POP3?
scenario-2-pop3-unsure =
    Sprawdź ustawienia konta na każdym urządzeniu, które odczytuje tę skrzynkę: typ serwera poczty
    przychodzącej to POP3 albo IMAP.
scenario-2-pop3-yes =
    Program korzystający z POP3 pobiera wiadomości i usuwa je z serwera, więc pozostałe urządzenia
    nigdy ich nie widzą. Włącz w tym programie opcję „Pozostaw kopię wiadomości na serwerze” albo
    ustaw IMAP na wszystkich urządzeniach.
scenario-2-full-title = Skrzynka pełna
scenario-2-full-text = Czy skrzynka jest pełna: czy panel klienta lub webmail pokazuje, że skończyło się w niej miejsce?
scenario-2-full-unsure = Webmail i panel klienta ({ $control-panel }) pokazują, ile miejsca w skrzynce jest zajęte.
scenario-2-full-yes =
    Pełna skrzynka odrzuca nowe wiadomości, a ich nadawcy dostają zwrotki. Usuń stare wiadomości
    i opróżnij kosz albo powiększ skrzynkę w panelu klienta; potem poproś nadawców o ponowne wysłanie.
scenario-2-rules-title = Reguła filtra lub blokady
scenario-2-rules-text =
    Czy w webmailu jest reguła filtrowania, przekierowania lub automatycznego usuwania albo wpis na
    liście zablokowanych nadawców, który może przechwytywać te wiadomości?
scenario-2-rules-unsure = Reguły są w ustawieniach webmaila ({ $webmail }), często w sekcji „Filtry” lub „Reguły”, razem z listą zablokowanych nadawców.
scenario-2-rules-yes =
    Zmień lub usuń regułę albo usuń nadawcę z listy zablokowanych. Wiadomości przeniesione przez regułę
    są w folderze, który w niej wskazano; przekierowanych lub usuniętych nie ma już w tej skrzynce.
scenario-2-quarantine-title = Wiadomość w kwarantannie
scenario-2-quarantine-text = Czy wiadomość została zatrzymana w kwarantannie antyspamowej dostawcy?
scenario-2-quarantine-unsure = Kwarantanna jest w sekcji antyspamowej panelu klienta ({ $control-panel }) lub w webmailu.
scenario-2-quarantine-yes = Zwolnij wiadomość z kwarantanny i dodaj nadawcę do białej listy, aby kolejne wiadomości od niego docierały.
scenario-2-solved-title = Odbieranie działa
scenario-2-solved-text = Odbieranie znów działa. Zachowaj te ustawienia w każdym programie, który używa tej skrzynki.
scenario-2-contact-title = Kontakt z pomocą techniczną
scenario-2-contact-text = Jeśli odbieranie nadal nie działa, napisz do pomocy technicznej i podaj:

## 3. Webmail

scenario-3-what-title = Problem z webmailem
scenario-3-what-text = Co nie działa w webmailu?
scenario-3-what-login = Nie mogę się zalogować
scenario-3-what-missing = Wiadomość zaginęła albo nie dotarła do odbiorcy
scenario-3-what-error = Webmail pokazuje błąd przy wysyłaniu
scenario-3-login-title = Logowanie pełnym adresem działa
scenario-3-login-text = Czy logowanie działa, gdy jako login wpiszesz cały adres, razem z częścią po @?
scenario-3-login-unsure = Login to zawsze cały adres, np. anna@example.com.
scenario-3-password-title = Logowanie nowym hasłem działa
scenario-3-password-text = Czy logowanie działa po ustawieniu nowego hasła do skrzynki w panelu klienta ({ $control-panel })?
scenario-3-password-unsure = Wpisz nowe hasło ręcznie, zamiast je wklejać – wtedy nie wkradnie się do niego spacja.
scenario-3-code-title = Błąd
scenario-3-code-text = Wpisz kod lub wklej treść błędu, którą pokazał webmail.
scenario-3-solved-title = Webmail działa
scenario-3-solved-text = Webmail znowu działa.
scenario-3-contact-title = Kontakt z pomocą techniczną
scenario-3-contact-text = Jeśli webmail nadal nie działa, napisz do pomocy technicznej i podaj:

## 4. PHP na hostingu

scenario-4-function-title = Wysyłka przez PHP mail()
scenario-4-function-text = Czy skrypt wysyła pocztę wbudowaną funkcją PHP mail()?
scenario-4-function-unsure =
    Zajrzyj do skryptu lub jego ustawień: biblioteka pocztowa ustawiona na wysyłkę przez „SMTP”
    z podanym hostem i portem 25 otwiera bezpośrednie połączenie, zamiast wywoływać mail().
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] W tym pakiecie skrypty mogą używać mail() lub połączenia SMTP z loginem i hasłem skrzynki; sprawdź, czy ustawienia SMTP w skrypcie są kompletne.
       *[mail-function-only] Na tym hostingu skrypty mogą wysyłać tylko przez mail(); bezpośrednie połączenie SMTP z portem 25 jest zablokowane. Przestaw skrypt lub jego bibliotekę na mail().
    }
scenario-4-limit-title = Osiągnięty limit dzienny
scenario-4-limit-text =
    Czy hosting osiągnął limit { $daily-limit } wiadomości dziennie? Panel klienta pokazuje, ile
    z niego wykorzystano.
scenario-4-limit-unsure = Otwórz szczegóły hostingu w panelu klienta ({ $control-panel }) i sprawdź jego status.
scenario-4-limit-yes =
    Po osiągnięciu limitu dziennego serwer odrzuca kolejne wiadomości, dopóki limit się nie odnowi.
    Wysyłaj mniej, np. łącząc powiadomienia, a do masowych wysyłek użyj usługi mailingowej.
scenario-4-from-title = Adres w polu Od z domeny strony
scenario-4-from-text =
    Czy adres w polu Od wiadomości wysyłanych przez skrypt należy do własnej domeny strony, np.
    formularz@twoja-domena?
scenario-4-from-unsure =
    Sprawdź ustawienie adresu Od w skrypcie albo pole Od w wiadomości, którą skrypt wysłał. Formularz
    kontaktowy, który wstawia w pole Od adres odwiedzającego (ktos@gmail.com), wysyła pocztę w imieniu
    cudzej domeny.
scenario-4-from-no =
    Gmail, Yahoo i Outlook.com odrzucają lub kierują do spamu wiadomości, których nie wysłano w imieniu
    domeny z pola Od: domena odwiedzającego zabrania tego swoim rekordem DMARC. W polu Od podaj adres
    strony, a adres odwiedzającego w nagłówku Reply-To, ustaw ten sam adres jako nadawcę koperty
    (parametr -f funkcji mail() lub sendmail_from) i dodawaj do każdej wiadomości nagłówki Date
    i Message-ID, których wymaga Gmail.
scenario-4-arrive-title = mail() zgłasza powodzenie
scenario-4-arrive-text = Czy mail() zwraca dla tej wiadomości true (powodzenie)?
scenario-4-arrive-unsure = mail() zwraca true, gdy przekaże wiadomość dalej; zapisuj tę wartość w logu skryptu.
scenario-4-contact-title = Kontakt z pomocą techniczną
scenario-4-contact-text = Jeśli skrypt nadal nie może wysyłać, napisz do pomocy technicznej i podaj:

## 5. Wysyłanie z serwera wirtualnego lub dedykowanego

scenario-5-log-title = Odrzucenie w logu poczty
scenario-5-log-text = Czy log poczty ({ $mail-log }) pokazuje, że wiadomość została odrzucona z kodem odpowiedzi?
scenario-5-log-unsure =
    Wyszukaj w logu adres odbiorcy. W Debianie i Ubuntu log to /var/log/mail.log, a w systemach,
    które mają tylko dziennik systemd (journal), użyj journalctl:
      grep 'recipient@example.com' { $mail-log }
      grep 'recipient@example.com' /var/log/mail.log
      journalctl -u postfix | grep 'recipient@example.com'
scenario-5-code-title = Odrzucenie
scenario-5-code-text = Wklej wiersz z logu zawierający kod i komunikat serwera odbiorcy.
scenario-5-port25-title = Zablokowany wychodzący port 25
scenario-5-port25-text =
    Czy log pokazuje, że połączenia z portem 25 innych serwerów pocztowych kończą się przekroczeniem
    limitu czasu, np. „connect to mx.example.net[...]:25: Connection timed out”?
scenario-5-port25-unsure =
    Sprawdź połączenie z serwera; brak odpowiedzi w ciągu minuty oznacza, że port jest zablokowany
    po drodze:
      nc -vz -w 10 gmail-smtp-in.l.google.com 25
scenario-5-port25-yes =
    Dostawca hostingu lub chmury blokuje wychodzący port 25, jak wielu robi domyślnie albo po
    nadużyciach. Poproś o jego odblokowanie albo wysyłaj przez serwer pośredniczący z logowaniem
    (relay), np. serwer SMTP Twojego dostawcy na porcie 587, zamiast doręczać pocztę bezpośrednio.
scenario-5-ptr-title = Rekord PTR się zgadza
scenario-5-ptr-text =
    Czy adres IP serwera ma rekord PTR (odwrotny DNS) z nazwą serwera i czy ta nazwa wskazuje
    z powrotem na ten sam adres?
scenario-5-ptr-unsure =
    Sprawdź nazwę przypisaną do adresu, a potem adres tej nazwy:
      dig -x 192.0.2.10
      dig mail.example.com
scenario-5-ptr-no =
    Wiele serwerów odbiorczych odrzuca pocztę z adresu bez pasującego rekordu PTR. Ustaw go w panelu
    klienta dla swojego adresu IP na nazwę serwera, która musi wskazywać z powrotem na ten adres.
    Tą samą pełną nazwą serwer musi się przedstawiać (HELO).
scenario-5-helo-title = Nazwa HELO się zgadza
scenario-5-helo-text =
    Czy serwer przedstawia się (HELO, w Postfiksie myhostname) swoją pełną nazwą, tą samą co
    w rekordzie PTR?
scenario-5-helo-unsure =
    Wyświetl nazwę, której używa serwer pocztowy:
      postconf myhostname
      exim -bP primary_hostname
scenario-5-helo-no =
    Ustaw nazwę, którą przedstawia się serwer (w Postfiksie myhostname, w Eximie primary_hostname),
    na jego pełną nazwę, np. mail.example.com – taką samą jak w rekordzie PTR i wskazującą na adres
    serwera; wielu odbiorców odrzuca „localhost” lub nazwę bez kropki. Włącz też TLS dla poczty
    wychodzącej (w Postfiksie smtp_tls_security_level = may): Gmail wymaga go od nadawców masowych.
scenario-5-blocklist-title = Adres IP na czarnej liście
scenario-5-blocklist-text = Czy adres IP serwera jest na publicznej czarnej liście, np. Spamhaus?
scenario-5-blocklist-unsure = Wpisz adres IP w wyszukiwarce operatora czarnej listy; każdy pokaże, czy adres jest na liście i dlaczego.
scenario-5-blocklist-yes =
    Najpierw znajdź przyczynę: zhakowany skrypt, otwarty relay lub mailing wysłany bez zgody
    odbiorców. Usuń ją, a potem wystąp o usunięcie z czarnej listy zgodnie z jej procedurą. Wpis
    na liście PBL Spamhausu nie oznacza spamu: to zakres adresów, z których nie powinno się doręczać
    poczty bezpośrednio, więc wysyłaj przez serwer pośredniczący z logowaniem (relay).
scenario-5-queue-title = Nieznane wiadomości w kolejce
scenario-5-queue-text =
    Czy w kolejce poczty jest spam lub inne podejrzane wiadomości, np. ze zhakowanej skrzynki
    lub skryptu?
scenario-5-queue-unsure =
    Wyświetl kolejkę i sprawdź nadawców oraz liczbę wiadomości:
      postqueue -p
      exim -bp
scenario-5-queue-yes =
    Najpierw odetnij źródło: zmień hasło do skrzynki, z której wychodzą te wiadomości, albo wyłącz
    skrypt. Potem usuń jego wiadomości z kolejki (postsuper -d w Postfiksie, exim -Mrm w Eximie),
    bo inaczej serwer będzie je dalej wysyłał i nie zejdzie z czarnych list.
scenario-5-retry-title = Wiadomość testowa dociera
scenario-5-retry-text = Wyślij ponownie wiadomość testową. Czy teraz dociera?
scenario-5-retry-unsure = Obserwuj log poczty podczas wysyłania; wiersz zawierający „status=sent” lub „250” oznacza, że wiadomość przyjęto.
scenario-5-solved-title = Wysyłanie działa
scenario-5-solved-text = Serwer znowu doręcza pocztę.
scenario-5-contact-title = Kontakt z pomocą techniczną
scenario-5-contact-text = Jeśli serwer nadal nie może wysyłać, napisz do pomocy technicznej i podaj:

## 6. Odbieranie na serwerze wirtualnym lub dedykowanym

scenario-6-mx-title = Rekordy MX wskazują na ten serwer
scenario-6-mx-text = Czy rekordy MX domeny wskazują na ten serwer?
scenario-6-mx-unsure =
    Porównaj wynik z nazwą i adresem serwera:
      dig MX example.com
scenario-6-mx-no = Skieruj rekordy MX na ten serwer w strefie DNS domeny; propagacja zmiany może potrwać kilka godzin.
scenario-6-log-title = Wiadomość w logu poczty
scenario-6-log-text = Czy log poczty ({ $mail-log }) pokazuje, że oczekiwana wiadomość dotarła?
scenario-6-log-unsure =
    Wyszukaj w logu adres nadawcy lub godzinę wysłania. W Debianie i Ubuntu log to
    /var/log/mail.log; jeśli jest tylko dziennik systemd (journal), użyj: journalctl -u postfix
scenario-6-log-no =
    Wiadomość nie dotarła do serwera. Sprawdź, czy port 25 jest otwarty w zaporze sieciowej i czy
    serwer pocztowy działa, oraz zapytaj nadawcę, czy dostał zwrotkę.
scenario-6-antispam-title = Zatrzymana przez antyspam
scenario-6-antispam-text = Czy filtr antyspamowy serwera odrzucił wiadomość lub przeniósł ją do kwarantanny?
scenario-6-antispam-unsure = Poszukaj wiadomości w logu i w kwarantannie filtra antyspamowego.
scenario-6-antispam-yes = Zwolnij wiadomość z kwarantanny i dodaj nadawcę do białej listy albo złagodź regułę, która ją zatrzymała.
scenario-6-retry-title = Wiadomość testowa dociera
scenario-6-retry-text = Poproś o nową wiadomość testową. Czy teraz dociera?
scenario-6-retry-unsure = Obserwuj log poczty, gdy wiadomość jest wysyłana.
scenario-6-solved-title = Odbieranie działa
scenario-6-solved-text = Serwer znowu odbiera pocztę.
scenario-6-contact-title = Kontakt z pomocą techniczną
scenario-6-contact-text = Jeśli wiadomości nadal nie docierają, napisz do pomocy technicznej i podaj:

## 7. Wiadomość zaginęła

scenario-7-bounce-title = Nadawca dostał zwrotkę
scenario-7-bounce-text = Czy nadawca dostał zwrotkę, czyli wiadomość o nieudanym doręczeniu?
scenario-7-bounce-unsure = Zwrotki przychodzą od „Mail Delivery System” lub „MAILER-DAEMON”; zajrzyj do skrzynki odbiorczej i folderu spamu nadawcy.
scenario-7-code-title = Treść zwrotki
scenario-7-code-text = Wklej wiersz z błędem ze zwrotki, np. „550 5.1.1 User unknown”.
scenario-7-address-title = Adres wpisany poprawnie
scenario-7-address-text = Czy adres odbiorcy jest wpisany dokładnie tak, jak trzeba, łącznie z domeną?
scenario-7-address-unsure = Porównaj go litera po literze z adresem, który odbiorca sam Ci przesłał.
scenario-7-address-no = Popraw adres i wyślij wiadomość ponownie.
scenario-7-delayed-title = Powiadomienie o opóźnieniu
scenario-7-delayed-text =
    Czy nadawca dostał powiadomienie, że doręczenie się opóźnia, a serwer wciąż ponawia próby, np.
    „Delayed Mail (still being retried)” lub „This is a warning only”?
scenario-7-delayed-unsure =
    Powiadomienie o opóźnieniu przychodzi od tego samego „Mail Delivery System” co zwrotka, ale mówi,
    że serwer będzie dalej próbował, często do podanej w nim daty.
scenario-7-delayed-yes =
    Powiadomienie o opóźnieniu to ostrzeżenie, a nie błąd: serwer wysyłający ponawia próby nawet
    przez kilka dni i wysyła zwrotkę dopiero wtedy, gdy zrezygnuje. Pierwszą wiadomość od nowego
    nadawcy greylisting może wstrzymać na kilka minut, a nawet na około godzinę. Na razie nie trzeba
    nic robić.
scenario-7-spam-title = Wiadomość w folderze spamu
scenario-7-spam-text =
    Czy wiadomość jest w folderze spamu odbiorcy? { $spam-folder ->
        [everywhere] Jeśli skrzynka odbiorcy jest u dostawcy { $provider }, folder spamu widać w każdym programie pocztowym i w webmailu.
       *[imap-and-webmail] Jeśli skrzynka odbiorcy jest u dostawcy { $provider }, folder spamu widać tylko w webmailu lub przez IMAP, nie przez POP3.
    }
scenario-7-spam-unsure = W webmailu ({ $webmail }) przeszukaj folder spamu według nadawcy lub tematu wiadomości.
scenario-7-spam-yes = Oznacz wiadomość jako niebędącą spamem, aby kolejne od tego nadawcy trafiały do skrzynki odbiorczej.
scenario-7-full-title = Skrzynka odbiorcy pełna
scenario-7-full-text = Czy skrzynka odbiorcy jest pełna?
scenario-7-full-unsure = Pełna skrzynka odrzuca nowe wiadomości, a nadawca dostaje o tym zwrotkę.
scenario-7-full-yes = Odbiorca musi usunąć część wiadomości lub powiększyć skrzynkę; potem można wysłać wiadomość ponownie.
scenario-7-rules-title = Przechwycona przez regułę
scenario-7-rules-text =
    Czy w skrzynce odbiorcy jest reguła filtrowania, przekierowania lub automatycznego usuwania albo
    wpis na liście zablokowanych nadawców, który mógł przechwycić tę wiadomość?
scenario-7-rules-unsure = Odbiorca znajdzie je w ustawieniach swojego webmaila, często w sekcji „Filtry” lub „Reguły”, razem z listą zablokowanych nadawców.
scenario-7-rules-yes =
    Odbiorca musi zmienić regułę albo usunąć nadawcę z listy zablokowanych; przeniesiona wiadomość
    jest w folderze, który wskazuje reguła. Aby wyśledzić wiadomość, pomoc techniczna potrzebuje
    godziny jej wysłania i identyfikatora Message-ID z folderu Wysłane nadawcy (z nagłówków
    wiadomości) lub z logu poczty.
scenario-7-mx-title = Rekordy MX odbiorcy poprawne
scenario-7-mx-text = Czy domena odbiorcy ma rekordy MX wskazujące na właściwe serwery pocztowe?
scenario-7-mx-unsure =
    Sprawdź je; pusta odpowiedź oznacza, że rekordów nie ma:
      dig MX example.net
scenario-7-mx-no = Bez poprawnych rekordów MX poczty nie da się doręczyć. Musi je ustawić w strefie DNS ten, kto zarządza domeną.
scenario-7-solved-title = Wiadomość odnaleziona
scenario-7-solved-text = Wiadomość się odnalazła.
scenario-7-contact-title = Kontakt z pomocą techniczną
scenario-7-contact-text = Jeśli po kilku godzinach nadal nie znasz przyczyny, napisz do pomocy technicznej i podaj:

## Co przygotować przed kontaktem z pomocą techniczną

scenario-gather-mailbox = Adres skrzynki pocztowej
scenario-gather-client = Nazwę i wersję programu pocztowego
scenario-gather-error = Dokładną treść komunikatu o błędzie lub jego zrzut ekranu
scenario-gather-browser = Nazwę i wersję przeglądarki
scenario-gather-domain = Domenę
scenario-gather-script = Skrypt, który wysyła pocztę, i sposób wysyłki
scenario-gather-when = Datę i godzinę wysłania, jak najdokładniej
scenario-gather-recipient = Adres odbiorcy
scenario-gather-sender = Adres nadawcy
scenario-gather-server-ip = Nazwę i adres IP serwera
scenario-gather-log-lines = Wiersze z logu poczty dotyczące tej wiadomości
scenario-gather-message-id = Identyfikator Message-ID wiadomości z jej nagłówków w folderze Wysłane albo jej identyfikator w kolejce (queue ID) z logu poczty
scenario-gather-how-sent = Sposób wysyłki: przez serwer SMTP dostawcy, z PHP na hostingu lub inaczej

## SPF, DKIM i DMARC domeny nadawcy: ten sam krok w scenariuszach 4, 5 i 7. Wymagają ich Gmail i Yahoo
## (od lutego 2024) oraz Outlook.com (od maja 2025).

domain-spf-title = Jeden rekord SPF obejmujący dostawcę
domain-spf-text =
    Czy domena nadawcy ma dokładnie jeden rekord SPF (rekord TXT zaczynający się od v=spf1) i czy
    obejmuje on serwery, z których wysyłana jest poczta (dla { $provider }: include:{ $spf-include })?
domain-spf-unsure =
    Sprawdź rekordy TXT domeny i policz te, które zaczynają się od v=spf1:
      dig TXT example.com
domain-spf-no =
    Opublikuj jeden rekord SPF, który wymienia wszystkie usługi wysyłające pocztę w imieniu domeny,
    np. „v=spf1 include:{ $spf-include } ~all”; dwa rekordy SPF to błąd, podobnie jak rekord, który
    wymaga więcej niż 10 zapytań DNS (RFC 7208). Zakończ go ~all albo -all, gdy są w nim już wszyscy
    nadawcy. Serwer przekierowujący pocztę psuje SPF, chyba że przepisuje nadawcę (SRS); podpis DKIM
    przetrwa przekierowanie.
domain-dkim-title = Podpisywanie DKIM włączone
domain-dkim-text =
    Czy podpisywanie DKIM jest włączone dla domeny i czy jej klucz publiczny jest opublikowany w DNS
    pod selektorem, którym podpisywane są wiadomości?
domain-dkim-unsure =
    Selektor to wartość s= w nagłówku DKIM-Signature wysłanej wiadomości; sprawdź jego klucz:
      dig TXT selector._domainkey.example.com
domain-dkim-no =
    Włącz podpisywanie DKIM dla domeny w panelu klienta albo w programie podpisującym na serwerze
    i opublikuj podany tam rekord TXT pod nazwą selector._domainkey. Rekord z kluczem musi być już
    widoczny w DNS, zanim wiadomości zaczną być nim podpisywane.
domain-dmarc-title = Rekord DMARC opublikowany
domain-dmarc-text = Czy domena ma rekord DMARC, czyli rekord TXT pod nazwą _dmarc.<domena>?
domain-dmarc-unsure =
    Sprawdź go; odpowiedź zaczyna się od v=DMARC1:
      dig TXT _dmarc.example.com
domain-dmarc-no =
    Opublikuj rekord TXT pod nazwą _dmarc.<domena>, na początek „v=DMARC1; p=none; rua=mailto:<adres
    na raporty>” (RFC 7489). Gmail i Yahoo wymagają go od nadawców masowych, a Outlook.com bez niego
    odrzuca ich pocztę (550 5.7.515).
domain-align-title = Domena z pola Od zgodna
domain-align-text =
    Czy domena adresu w polu Od jest taka sama jak domena uwierzytelniona przez SPF lub DKIM (domena
    nadawcy koperty albo wartość d= podpisu DKIM)?
domain-align-unsure =
    W nagłówkach odebranej kopii porównaj domenę z pola Od z wartościami smtp.mailfrom i header.d
    w wierszu Authentication-Results.
domain-align-no =
    Wiadomość przechodzi weryfikację DMARC tylko wtedy, gdy domena z pola Od zgadza się z domeną,
    dla której SPF lub DKIM dały wynik pozytywny. Wysyłaj z adresu we własnej domenie i podpisuj
    kluczem DKIM tej domeny; skrypt lub usługa newsletterowa musi używać Twojej domeny, a nie własnej.
