<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="23" />
        <source>Welcome to Mandrivna</source>
        <translation>Ласкаво просимо до «Мандрівної»</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="31" />
        <source>This laptop is being set up for the travelling library. Enter the hub (service point) where it works and the name of the librarian. You can change both later in Settings.</source>
        <translation>Цей ноутбук налаштовується для Мандрівної бібліотеки. Вкажіть хаб (пункт обслуговування), де він працює, та ім’я бібліотекаря. Обидва можна змінити пізніше в Налаштуваннях.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="34" />
        <source>e.g. Dnipro hub</source>
        <translation>напр. Хаб у Дніпрі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="36" />
        <source>e.g. Olena Kovalenko</source>
        <translation>напр. Олена Коваленко</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="38" />
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="39" />
        <source>Librarian:</source>
        <translation>Бібліотекар:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="46" />
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="47" />
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="23" />
        <source>Hub: %1</source>
        <translation>Хаб: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="24" />
        <source>Librarian: %1</source>
        <translation>Бібліотекар: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="31" />
        <source>never</source>
        <translation>ще не було</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="31" />
        <source>Last sync: %1</source>
        <translation>Остання синхронізація: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="32" />
        <source>Waiting to sync: %1</source>
        <translation>Очікують синхронізації: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="43" />
        <source>Mandrivna — the travelling library</source>
        <translation>Мандрівна бібліотека</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="55" />
        <source>Luhansk Regional Universal Scientific Library</source>
        <translation>Луганська обласна універсальна наукова бібліотека</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="59" />
        <source>Readers</source>
        <translation>Читачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="62" />
        <location filename="../../src/mandrivna/ui/main_window.py" line="64" />
        <source>Lending desk</source>
        <translation>Видача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="68" />
        <source>Lend and take back books with a barcode scanner, give e-book access, count visits and record reference help.</source>
        <translation>Видача та повернення книжок зі сканером штрихкодів, доступ до електронних книжок, облік відвідувань і довідок.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="73" />
        <location filename="../../src/mandrivna/ui/main_window.py" line="75" />
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="79" />
        <source>Books, e-books and their copies; import from MARC files; parcels of donated books.</source>
        <translation>Книжки, електронні видання та їхні примірники; імпорт із файлів MARC; посилки подарованих книжок.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="84" />
        <location filename="../../src/mandrivna/ui/main_window.py" line="86" />
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="87" />
        <source>Plan events, series and courses and record who came.</source>
        <translation>Планування заходів, циклів і курсів та облік відвідувачів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="91" />
        <location filename="../../src/mandrivna/ui/main_window.py" line="93" />
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="94" />
        <source>The year's figures against the plan: users, visits, loans, events.</source>
        <translation>Показники року порівняно з планом: користувачі, відвідування, книговидача, заходи.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="99" />
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="100" />
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>NotReadyPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/not_ready_page.py" line="20" />
        <source>This part of the app is not available yet; it comes in a later version. Everything you record elsewhere in the app is kept and will appear here.</source>
        <translation>Цей розділ ще недоступний; він з’явиться в наступній версії. Усе, що ви записуєте в інших розділах, зберігається і з’явиться тут.</translation>
    </message>
</context>
<context>
    <name>ReaderDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="66" />
        <source>New reader</source>
        <translation>Новий читач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="66" />
        <source>Edit reader</source>
        <translation>Редагування читача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="77" />
        <source>The reader consents to the processing of personal data</source>
        <translation>Читач дає згоду на обробку персональних даних</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="89" />
        <source>Register</source>
        <translation>Зареєструвати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="90" />
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="91" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="107" />
        <source>Surname:</source>
        <translation>Прізвище:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="108" />
        <source>Given name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="109" />
        <source>Patronymic:</source>
        <translation>По батькові:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="110" />
        <source>Birth year:</source>
        <translation>Рік народження:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="111" />
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="112" />
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="113" />
        <source>Messenger:</source>
        <translation>Месенджер:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="114" />
        <source>Settlement:</source>
        <translation>Населений пункт:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="118" />
        <source>Categories:</source>
        <translation>Категорії:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="119" />
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="126" />
        <source>Consent to personal-data processing given on {date}.</source>
        <translation>Згоду на обробку персональних даних надано {date}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="179" />
        <source>This person may already be registered:</source>
        <translation>Можливо, цю людину вже зареєстровано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="190" />
        <source>Possible duplicate</source>
        <translation>Можливий дублікат</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="191" />
        <source>This person may already be registered. Register a new reader anyway?</source>
        <translation>Можливо, цю людину вже зареєстровано. Все одно зареєструвати нового читача?</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="56" />
        <source>Readers</source>
        <translation>Читачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="65" />
        <source>Name, card number or phone — or scan a card (Ctrl+F)</source>
        <translation>Ім’я, номер квитка чи телефон — або зіскануйте квиток (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="67" />
        <source>New reader (Ctrl+N)</source>
        <translation>Новий читач (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="72" />
        <source>Card</source>
        <translation>Квиток</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="72" />
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="72" />
        <source>Born</source>
        <translation>Р. н.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="72" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="73" />
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="82" />
        <source>Edit (Ctrl+E)</source>
        <translation>Редагувати (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="85" />
        <source>Print card (Ctrl+P)</source>
        <translation>Друкувати квиток (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="86" />
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="188" />
        <source>Found: {found}. Readers registered: {total}.</source>
        <translation>Знайдено: {found}. Зареєстровано читачів: {total}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="244" />
        <source>Re-register for {year} (Ctrl+R)</source>
        <translation>Перереєструвати на {year} (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="248" />
        <source>Unblock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="248" />
        <source>Block…</source>
        <translation>Заблокувати…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="264" />
        <source>Registered.</source>
        <translation>Зареєстровано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="271" />
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="279" />
        <source>Re-registered.</source>
        <translation>Перереєстровано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="290" />
        <source>Unblocked.</source>
        <translation>Розблоковано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="295" />
        <source>Block reader</source>
        <translation>Блокування читача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="296" />
        <source>Why is the reader blocked?</source>
        <translation>Чому читача блокують?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="301" />
        <source>Blocked.</source>
        <translation>Заблоковано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="311" />
        <source>Delete reader</source>
        <translation>Видалення читача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="315" />
        <source>Delete {name} from the registration file? Their personal data is erased on every laptop; the anonymous counts stay in the reports.</source>
        <translation>Видалити {name} з реєстраційної картотеки? Персональні дані буде стерто на всіх ноутбуках; знеособлені підсумки у звітах залишаться.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="321" />
        <source>Deleted.</source>
        <translation>Видалено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="331" />
        <source>Save the reader card</source>
        <translation>Зберегти читацький квиток</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="332" />
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="344" />
        <source>The card could not be saved: {error}</source>
        <translation>Квиток не вдалося зберегти: {error}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="347" />
        <source>The card was saved to {path}.</source>
        <translation>Квиток збережено у файл {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="24" />
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="33" />
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="40" />
        <source>Hub (service point):</source>
        <translation>Хаб (пункт обслуговування):</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="41" />
        <source>Librarian:</source>
        <translation>Бібліотекар:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="42" />
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="43" />
        <source>Device:</source>
        <translation>Пристрій:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="74" />
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="76" />
        <source>The new language is used from the next start of the app.</source>
        <translation>Нова мова застосується після перезапуску програми.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="47" />
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="61" />
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="67" />
        <source>e.g. K7QM-2XHP-9RTA</source>
        <translation>напр. K7QM-2XHP-9RTA</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="68" />
        <source>Connect</source>
        <translation>Підключити</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="70" />
        <source>Connect to another server</source>
        <translation>Підключити до іншого сервера</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="78" />
        <source>Server address:</source>
        <translation>Адреса сервера:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="79" />
        <source>Code from the coordinator:</source>
        <translation>Код від координатора:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="94" />
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="101" />
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="103" />
        <source>Write changes to a USB stick…</source>
        <translation>Записати зміни на флешку…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="105" />
        <source>Import a bundle from a USB stick…</source>
        <translation>Імпортувати пакет із флешки…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="113" />
        <source>While the server can be reached, this laptop syncs by itself every 5 minutes. Records are never lost when there is no link: they wait here and go at the next sync.</source>
        <translation>Коли сервер доступний, ноутбук синхронізується сам кожні 5 хвилин. Без зв’язку записи не губляться: вони чекають тут і підуть під час наступної синхронізації.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="117" />
        <source>Last sync:</source>
        <translation>Остання синхронізація:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="118" />
        <source>Waiting to be sent:</source>
        <translation>Очікують надсилання:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="145" />
        <source>This laptop is not connected to a sync server yet. Enter the server address and the one-time code the coordinator gave you.</source>
        <translation>Цей ноутбук ще не підключено до сервера синхронізації. Введіть адресу сервера й одноразовий код, який дав координатор.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="149" />
        <source>Connected to %1 as %2.</source>
        <translation>Підключено до %1 як %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="167" />
        <source>never</source>
        <translation>ще не було</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="179" />
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="185" />
        <source>Connected. The first sync starts now.</source>
        <translation>Підключено. Перша синхронізація почалася.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="206" />
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="219" />
        <source>Sending: %1 of %2</source>
        <translation>Надсилання: %1 з %2</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="223" />
        <source>Receiving: %1</source>
        <translation>Отримано: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="233" />
        <source>Synced: %1 sent, %2 received.</source>
        <translation>Синхронізовано: надіслано %1, отримано %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="237" />
        <source>%1 conflicting edits were kept for the coordinator.</source>
        <translation>Суперечливих редагувань збережено для координатора: %1.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="242" />
        <source>This laptop's clock is wrong: set the date and time.</source>
        <translation>Годинник ноутбука налаштовано неправильно: встановіть дату й час.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="251" />
        <source>Write changes to a USB stick</source>
        <translation>Записати зміни на флешку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="253" />
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="273" />
        <source>Mandrivna bundles (*.bundle)</source>
        <translation>Пакети «Мандрівної» (*.bundle)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="259" />
        <source>Writing…</source>
        <translation>Запис…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="264" />
        <source>Wrote %1 changes to %2. Take the file to the coordinator.</source>
        <translation>Записано змін: %1 до файлу %2. Передайте файл координатору.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="272" />
        <source>Import a bundle</source>
        <translation>Імпорт пакета</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="283" />
        <source>Importing the bundle…</source>
        <translation>Імпорт пакета…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="290" />
        <source>The bundle brought %1 new changes.</source>
        <translation>Нових змін із пакета: %1.</translation>
    </message>
</context>
<context>
    <name>_ReaderDetail</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="368" />
        <source>Card:</source>
        <translation>Квиток:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="369" />
        <source>Born:</source>
        <translation>Рік народження:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="370" />
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="371" />
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="372" />
        <source>Messenger:</source>
        <translation>Месенджер:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="373" />
        <source>Settlement:</source>
        <translation>Населений пункт:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="374" />
        <source>Categories:</source>
        <translation>Категорії:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="375" />
        <source>Registered:</source>
        <translation>Зареєстровано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="376" />
        <source>Registration years:</source>
        <translation>Роки реєстрації:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="377" />
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="391" />
        <source>No reader selected</source>
        <translation>Читача не вибрано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="398" />
        <source>Blocked: {reason}</source>
        <translation>Заблоковано: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="420" />
        <source>Not re-registered for {year} yet.</source>
        <translation>Ще не перереєстровано на {year} рік.</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="22" />
        <source>Internally displaced person</source>
        <extracomment>Oldest protocol the server still accepts; older apps are told to update.</extracomment>
        <translation>Внутрішньо переміщена особа</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="23" />
        <source>Aged 55+</source>
        <translation>Вік 55+</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="24" />
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="25" />
        <source>Youth</source>
        <extracomment>Version of the data the app writes (entities and their fields). Raised only for a change an</extracomment>
        <translation>Молодь</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="26" />
        <source>Military or veteran</source>
        <extracomment>older app would misread; once the server holds newer data, older apps are told to update.</extracomment>
        <translation>Військовий або ветеран</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="27" />
        <source>Family of military</source>
        <translation>Родина військового</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="28" />
        <source>Person with disability</source>
        <translation>Особа з інвалідністю</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="104" />
        <source>Enrolled with {server} as {key} (hub {hub}, {role}).</source>
        <translation>Ноутбук підключено до {server} як {key} (хаб {hub}, роль {role}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="118" />
        <source>Wrote {count} changes to {file}.</source>
        <translation>Записано змін: {count} до файлу {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="125" />
        <source>The bundle brought {count} new changes.</source>
        <translation>Нових змін із пакета: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="129" />
        <source>Sent {pushed} changes, received {pulled}.</source>
        <translation>Надіслано змін: {pushed}, отримано: {pulled}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="137" />
        <source>{count} conflicting edits were kept for the coordinator's review.</source>
        <translation>Суперечливих редагувань збережено для перевірки координатором: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="145" />
        <source>Warning: this laptop's clock is ahead of the server's by {minutes} minutes. Set the correct date and time.</source>
        <translation>Увага: годинник цього ноутбука випереджає сервер на {minutes} хв. Встановіть правильні дату й час.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/mandrivna/ui/error_messages.py" line="27" />
        <source>Something went wrong and the action was not completed. Nothing was lost. The details were written to the log file.</source>
        <translation>Щось пішло не так, і дію не виконано. Дані не втрачено. Подробиці записано до журналу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/error_messages.py" line="29" />
        <source>Mandrivna</source>
        <translation>Мандрівна</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/visit_service.py" line="25" />
        <source>Unknown visit channel {name}.</source>
        <extracomment>Text fields wider than this are hard to read across a 1366-pixel screen.</extracomment>
        <translation>Невідомий канал відвідування: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/visit_service.py" line="28" />
        <source>A visit count must be at least 1.</source>
        <translation>Кількість відвідувань має бути щонайменше 1.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_service.py" line="39" />
        <source>The reader must consent to personal-data processing before registration.</source>
        <translation>Перед реєстрацією читач має дати згоду на обробку персональних даних.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_service.py" line="80" />
        <source>Say why the reader is blocked.</source>
        <translation>Вкажіть, чому читача блокують.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_service.py" line="102" />
        <source>This reader is no longer registered.</source>
        <translation>Цього читача вже немає в картотеці.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="49" />
        <source>Enter the hub name.</source>
        <translation>Вкажіть назву хабу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="50" />
        <source>The hub name is too long (at most {n} characters).</source>
        <translation>Назва хабу задовга (щонайбільше {n} символів).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="54" />
        <source>Enter the librarian's name.</source>
        <translation>Вкажіть ім’я бібліотекаря.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="57" />
        <source>The librarian's name is too long (at most {n} characters).</source>
        <translation>Ім’я бібліотекаря задовге (щонайбільше {n} символів).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="61" />
        <source>Unknown language {code}.</source>
        <translation>Невідома мова: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/database.py" line="56" />
        <source>The data folder {folder} cannot be written ({reason}). Choose another folder with --data-dir or ask for write access.</source>
        <extracomment>During bulk work the write-ahead log may grow to this many pages before it is folded back.</extracomment>
        <translation>До теки даних {folder} неможливо записати ({reason}). Виберіть іншу теку через --data-dir або попросіть доступ на запис.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/database.py" line="71" />
        <source>The database {path} is damaged or is not a Mandrivna database. It was left untouched; restore it from a backup or move it away.</source>
        <translation>База даних {path} пошкоджена або не належить «Мандрівній». Файл не змінено; відновіть його з резервної копії або перемістіть.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/database.py" line="93" />
        <source>The database {path} was written by a newer version of Mandrivna. Update the app; the file was left untouched.</source>
        <translation>Базу даних {path} створено новішою версією «Мандрівної». Оновіть програму; файл не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="57" />
        <source>This laptop is not enrolled with a sync server yet. Enter the server address and the code from the coordinator in Settings → Sync, or run mandrivna enroll.</source>
        <translation>Цей ноутбук ще не підключено до сервера синхронізації. Введіть адресу сервера та код від координатора на сторінці «Синхронізація» або виконайте mandrivna enroll.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="88" />
        <source>The server address must start with http:// or https://.</source>
        <translation>Адреса сервера має починатися з http:// або https://.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_service.py" line="48" />
        <location filename="../../src/mandrivna/services/sync_service.py" line="95" />
        <location filename="../../src/mandrivna/store/database.py" line="186" />
        <source>Set up this device first: enter the hub and librarian.</source>
        <translation>Спершу налаштуйте пристрій: вкажіть хаб і бібліотекаря.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="127" />
        <source>The file {file} cannot be written.</source>
        <translation>Не вдається записати файл {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="137" />
        <source>The file {file} cannot be read.</source>
        <translation>Не вдається прочитати файл {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="49" />
        <source>Enter the reader's surname.</source>
        <extracomment>gzip level for bodies: 6 keeps changes small on slow mobile links (level 1: +8 B per change). A change on the wire in a push: [hlc, entity, entity_id, op, fields, seen] A change on the wire in a pull: [device index, seq, hlc, entity, entity_id, op, fields, seen] How far ahead of our own wall clock a remote stamp may be and still be adopted. A field's stamp as stored with the record: [hlc, device_id, seen]. How each category is named to people (translated in the "categories" context). Personal data erased when a reader is deleted; the anonymous counts stay.</extracomment>
        <translation>Вкажіть прізвище читача.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="51" />
        <source>Enter the reader's given name.</source>
        <translation>Вкажіть ім’я читача.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="55" />
        <source>The birth year {year} is not possible.</source>
        <translation>Рік народження {year} неможливий.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="62" />
        <source>Unknown reader category: {name}.</source>
        <translation>Невідома категорія читача: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/gui_main.py" line="100" />
        <source>The picture could not be saved to {path}.</source>
        <translation>Не вдалося зберегти зображення до {path}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="69" />
        <source>The answer from {url} is not from a Mandrivna server (a Wi-Fi login page?). Check the address and the connection.</source>
        <translation>Відповідь від {url} надійшла не від сервера «Мандрівної» (сторінка входу до Wi-Fi?). Перевірте адресу та з’єднання.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="119" />
        <source>The server {url} cannot be reached. Check the connection; everything recorded is kept and will be sent at the next sync.</source>
        <translation>Не вдається зв’язатися із сервером {url}. Перевірте зв’язок; усі записи збережено, їх буде надіслано під час наступної синхронізації.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="151" />
        <source>The server does not know this laptop. Enroll it again with a new code from the coordinator (Settings → Sync).</source>
        <translation>Сервер не знає цього ноутбука. Підключіть його знову з новим кодом від координатора (сторінка «Синхронізація»).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="157" />
        <source>The coordinator has revoked this laptop's access to the server.</source>
        <translation>Координатор скасував доступ цього ноутбука до сервера.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="166" />
        <source>This laptop is already enrolled with the server. If it lost its connection details, ask the coordinator to revoke the old enrollment and give a new code.</source>
        <translation>Цей ноутбук уже підключено до сервера. Якщо дані підключення втрачено, попросіть координатора скасувати старе підключення й дати новий код.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="176" />
        <source>The enrollment code is wrong, already used or expired. Ask the coordinator for a new code.</source>
        <translation>Код підключення неправильний, уже використаний або прострочений. Попросіть у координатора новий код.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="184" />
        <source>This version of Mandrivna is too old for the server. Update the app on this laptop, then sync again.</source>
        <translation>Ця версія «Мандрівної» застаріла для сервера. Оновіть програму на цьому ноутбуці й синхронізуйте знову.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="191" />
        <source>The server is older than this app. Ask the coordinator to update the server.</source>
        <translation>Сервер старіший за цю програму. Попросіть координатора оновити сервер.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="198" />
        <source>The server had a problem ({code}). Try again later; nothing recorded here is lost.</source>
        <translation>На сервері сталася помилка ({code}). Спробуйте пізніше; записи на цьому ноутбуці не втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="202" />
        <source>The server refused the request: {detail}</source>
        <translation>Сервер відхилив запит: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="235" />
        <source>The bundle was refused: {reason}</source>
        <translation>Пакет відхилено: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="243" />
        <source>Only a coordinator's laptop can import bundles from other hubs.</source>
        <translation>Лише ноутбук координатора може імпортувати пакети інших хабів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="60" />
        <source>The server holds more of this laptop's records than the laptop itself (was the database restored from an old backup?). Sync was stopped so nothing is overwritten; ask the coordinator.</source>
        <translation>Сервер має більше записів цього ноутбука, ніж сам ноутбук (базу відновлено зі старої копії?). Синхронізацію зупинено, щоб нічого не перезаписати; зверніться до координатора.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/sync_engine.py" line="96" />
        <source>The server did not accept this laptop's changes. Try again later; nothing recorded here is lost.</source>
        <extracomment>A laptop this many changes behind the server catches up from a snapshot (merged records) instead of replaying every change. progress(phase, done, total): phase is "push" or "pull"; total is 0 when unknown.</extracomment>
        <translation>Сервер не прийняв змін цього ноутбука. Спробуйте пізніше; записи на цьому ноутбуці не втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/bundle.py" line="40" />
        <source>Enroll this laptop with the server once before writing bundles: the server must know its signing key.</source>
        <translation>Перш ніж записувати пакети, один раз підключіть ноутбук до сервера: сервер має знати його ключ підпису.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="70" />
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="103" />
        <source>The barcode {code} is already in the catalogue.</source>
        <translation>Штрихкод {code} уже є в каталозі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="85" />
        <source>The number of copies must be 1 or more.</source>
        <translation>Кількість примірників має бути 1 або більше.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="89" />
        <source>Give one barcode for one copy, or none for several.</source>
        <translation>Вкажіть один штрихкод для одного примірника або жодного для кількох.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="127" />
        <source>This record is no longer in the catalogue.</source>
        <translation>Цього запису вже немає в каталозі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="27" />
        <source>The ISBN {isbn} is not valid (check its digits).</source>
        <translation>ISBN {isbn} недійсний (перевірте цифри).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="52" />
        <source>Enter the title.</source>
        <extracomment>For record edits: the newest stamp of this record the writer had seen (0 if new). Lets a merge tell a concurrent overwrite (a conflict) from an ordinary later edit.</extracomment>
        <translation>Введіть назву.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="64" />
        <source>The year {year} is not possible.</source>
        <translation>Рік {year} неможливий.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="72" />
        <source>Unknown type: {name}.</source>
        <translation>Невідомий вид: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="74" />
        <source>An online resource needs its URL.</source>
        <translation>Для онлайн-ресурсу потрібна адреса (URL).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="84" />
        <source>Enter the copy's barcode.</source>
        <translation>Введіть штрихкод примірника.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="90" />
        <source>Unknown copy status: {name}.</source>
        <translation>Невідомий стан примірника: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="95" />
        <source>Unknown way of acquisition: {name}.</source>
        <translation>Невідомий спосіб надходження: {name}.</translation>
    </message>
</context>
</TS>