<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="23"/>
        <source>Welcome to Mandrivna</source>
        <translation>Ласкаво просимо до «Мандрівної»</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="31"/>
        <source>This laptop is being set up for the travelling library. Enter the hub (service point) where it works and the name of the librarian. You can change both later in Settings.</source>
        <translation>Цей ноутбук налаштовується для Мандрівної бібліотеки. Вкажіть хаб (пункт обслуговування), де він працює, та ім’я бібліотекаря. Обидва можна змінити пізніше в Налаштуваннях.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="34"/>
        <source>e.g. Dnipro hub</source>
        <translation>напр. Хаб у Дніпрі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="36"/>
        <source>e.g. Olena Kovalenko</source>
        <translation>напр. Олена Коваленко</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="38"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="39"/>
        <source>Librarian:</source>
        <translation>Бібліотекар:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="46"/>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="47"/>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="23"/>
        <source>Hub: %1</source>
        <translation>Хаб: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="24"/>
        <source>Librarian: %1</source>
        <translation>Бібліотекар: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="31"/>
        <source>never</source>
        <translation>ще не було</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="31"/>
        <source>Last sync: %1</source>
        <translation>Остання синхронізація: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="32"/>
        <source>Waiting to sync: %1</source>
        <translation>Очікують синхронізації: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="42"/>
        <source>Mandrivna — the travelling library</source>
        <translation>Мандрівна бібліотека</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="53"/>
        <location filename="../../src/mandrivna/ui/main_window.py" line="55"/>
        <source>Readers</source>
        <translation>Читачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="59"/>
        <source>Register readers in the library&apos;s registration file (ЄРК), find them, re-register them every year and print their cards.</source>
        <translation>Реєстрація читачів у єдиній реєстраційній картотеці (ЄРК), пошук, щорічна перереєстрація та друк читацьких квитків.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="64"/>
        <location filename="../../src/mandrivna/ui/main_window.py" line="66"/>
        <source>Lending desk</source>
        <translation>Видача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="70"/>
        <source>Lend and take back books with a barcode scanner, give e-book access, count visits and record reference help.</source>
        <translation>Видача та повернення книжок зі сканером штрихкодів, доступ до електронних книжок, облік відвідувань і довідок.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="75"/>
        <location filename="../../src/mandrivna/ui/main_window.py" line="77"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="81"/>
        <source>Books, e-books and their copies; import from MARC files; parcels of donated books.</source>
        <translation>Книжки, електронні видання та їхні примірники; імпорт із файлів MARC; посилки подарованих книжок.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="86"/>
        <location filename="../../src/mandrivna/ui/main_window.py" line="88"/>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="89"/>
        <source>Plan events, series and courses and record who came.</source>
        <translation>Планування заходів, циклів і курсів та облік відвідувачів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="93"/>
        <location filename="../../src/mandrivna/ui/main_window.py" line="95"/>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="96"/>
        <source>The year&apos;s figures against the plan: users, visits, loans, events.</source>
        <translation>Показники року порівняно з планом: користувачі, відвідування, книговидача, заходи.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="101"/>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="102"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>NotReadyPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/not_ready_page.py" line="20"/>
        <source>This part of the app is not available yet; it comes in a later version. Everything you record elsewhere in the app is kept and will appear here.</source>
        <translation>Цей розділ ще недоступний; він з’явиться в наступній версії. Усе, що ви записуєте в інших розділах, зберігається і з’явиться тут.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="24"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="33"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="40"/>
        <source>Hub (service point):</source>
        <translation>Хаб (пункт обслуговування):</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="41"/>
        <source>Librarian:</source>
        <translation>Бібліотекар:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="42"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="43"/>
        <source>Device:</source>
        <translation>Пристрій:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="74"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="76"/>
        <source>The new language is used from the next start of the app.</source>
        <translation>Нова мова застосується після перезапуску програми.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="47"/>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="61"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="67"/>
        <source>e.g. K7QM-2XHP-9RTA</source>
        <translation>напр. K7QM-2XHP-9RTA</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="68"/>
        <source>Connect</source>
        <translation>Підключити</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="70"/>
        <source>Connect to another server</source>
        <translation>Підключити до іншого сервера</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="78"/>
        <source>Server address:</source>
        <translation>Адреса сервера:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="79"/>
        <source>Code from the coordinator:</source>
        <translation>Код від координатора:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="94"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="101"/>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="103"/>
        <source>Write changes to a USB stick…</source>
        <translation>Записати зміни на флешку…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="105"/>
        <source>Import a bundle from a USB stick…</source>
        <translation>Імпортувати пакет із флешки…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="113"/>
        <source>While the server can be reached, this laptop syncs by itself every 5 minutes. Records are never lost when there is no link: they wait here and go at the next sync.</source>
        <translation>Коли сервер доступний, ноутбук синхронізується сам кожні 5 хвилин. Без зв’язку записи не губляться: вони чекають тут і підуть під час наступної синхронізації.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="117"/>
        <source>Last sync:</source>
        <translation>Остання синхронізація:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="118"/>
        <source>Waiting to be sent:</source>
        <translation>Очікують надсилання:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="145"/>
        <source>This laptop is not connected to a sync server yet. Enter the server address and the one-time code the coordinator gave you.</source>
        <translation>Цей ноутбук ще не підключено до сервера синхронізації. Введіть адресу сервера й одноразовий код, який дав координатор.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="149"/>
        <source>Connected to %1 as %2.</source>
        <translation>Підключено до %1 як %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="167"/>
        <source>never</source>
        <translation>ще не було</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="179"/>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="185"/>
        <source>Connected. The first sync starts now.</source>
        <translation>Підключено. Перша синхронізація почалася.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="206"/>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="219"/>
        <source>Sending: %1 of %2</source>
        <translation>Надсилання: %1 з %2</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="223"/>
        <source>Receiving: %1</source>
        <translation>Отримано: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="233"/>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>Синхронізовано: надіслано %1, отримано %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="237"/>
        <source>%1 conflicting edits were kept for the coordinator.</source>
        <translation>Суперечливих редагувань збережено для координатора: %1.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="242"/>
        <source>This laptop&apos;s clock is wrong: set the date and time.</source>
        <translation>Годинник ноутбука налаштовано неправильно: встановіть дату й час.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="251"/>
        <source>Write changes to a USB stick</source>
        <translation>Записати зміни на флешку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="253"/>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="273"/>
        <source>Mandrivna bundles (*.bundle)</source>
        <translation>Пакети «Мандрівної» (*.bundle)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="259"/>
        <source>Writing…</source>
        <translation>Запис…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="264"/>
        <source>Wrote %1 changes to %2. Take the file to the coordinator.</source>
        <translation>Записано змін: %1 до файлу %2. Передайте файл координатору.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="272"/>
        <source>Import a bundle</source>
        <translation>Імпорт пакета</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="283"/>
        <source>Importing the bundle…</source>
        <translation>Імпорт пакета…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="290"/>
        <source>The bundle brought %1 new changes.</source>
        <translation>Нових змін із пакета: %1.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="104"/>
        <source>Enrolled with {server} as {key} (hub {hub}, {role}).</source>
        <translation>Ноутбук підключено до {server} як {key} (хаб {hub}, роль {role}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="118"/>
        <source>Wrote {count} changes to {file}.</source>
        <translation>Записано змін: {count} до файлу {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="125"/>
        <source>The bundle brought {count} new changes.</source>
        <translation>Нових змін із пакета: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="129"/>
        <source>Sent {pushed} changes, received {pulled}.</source>
        <translation>Надіслано змін: {pushed}, отримано: {pulled}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="137"/>
        <source>{count} conflicting edits were kept for the coordinator&apos;s review.</source>
        <translation>Суперечливих редагувань збережено для перевірки координатором: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="145"/>
        <source>Warning: this laptop&apos;s clock is ahead of the server&apos;s by {minutes} minutes. Set the correct date and time.</source>
        <translation>Увага: годинник цього ноутбука випереджає сервер на {minutes} хв. Встановіть правильні дату й час.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/mandrivna/ui/error_messages.py" line="27"/>
        <source>Something went wrong and the action was not completed. Nothing was lost. The details were written to the log file.</source>
        <translation>Щось пішло не так, і дію не виконано. Дані не втрачено. Подробиці записано до журналу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/error_messages.py" line="29"/>
        <source>Mandrivna</source>
        <translation>Мандрівна</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/visit_service.py" line="25"/>
        <source>Unknown visit channel {name}.</source>
        <extracomment>Text fields wider than this are hard to read across a 1366-pixel screen.</extracomment>
        <translation>Невідомий канал відвідування: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/visit_service.py" line="28"/>
        <source>A visit count must be at least 1.</source>
        <translation>Кількість відвідувань має бути щонайменше 1.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_service.py" line="35"/>
        <source>The reader must consent to personal-data processing before registration.</source>
        <translation>Перед реєстрацією читач має дати згоду на обробку персональних даних.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="49"/>
        <source>Enter the hub name.</source>
        <translation>Вкажіть назву хабу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="50"/>
        <source>The hub name is too long (at most {n} characters).</source>
        <translation>Назва хабу задовга (щонайбільше {n} символів).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="54"/>
        <source>Enter the librarian&apos;s name.</source>
        <translation>Вкажіть ім’я бібліотекаря.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="57"/>
        <source>The librarian&apos;s name is too long (at most {n} characters).</source>
        <translation>Ім’я бібліотекаря задовге (щонайбільше {n} символів).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="61"/>
        <source>Unknown language {code}.</source>
        <translation>Невідома мова: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/database.py" line="56"/>
        <source>The data folder {folder} cannot be written ({reason}). Choose another folder with --data-dir or ask for write access.</source>
        <extracomment>During bulk work the write-ahead log may grow to this many pages before it is folded back.</extracomment>
        <translation>До теки даних {folder} неможливо записати ({reason}). Виберіть іншу теку через --data-dir або попросіть доступ на запис.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/database.py" line="71"/>
        <source>The database {path} is damaged or is not a Mandrivna database. It was left untouched; restore it from a backup or move it away.</source>
        <translation>База даних {path} пошкоджена або не належить «Мандрівній». Файл не змінено; відновіть його з резервної копії або перемістіть.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/database.py" line="93"/>
        <source>The database {path} was written by a newer version of Mandrivna. Update the app; the file was left untouched.</source>
        <translation>Базу даних {path} створено новішою версією «Мандрівної». Оновіть програму; файл не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="57"/>
        <source>This laptop is not enrolled with a sync server yet. Enter the server address and the code from the coordinator in Settings → Sync, or run mandrivna enroll.</source>
        <translation>Цей ноутбук ще не підключено до сервера синхронізації. Введіть адресу сервера та код від координатора на сторінці «Синхронізація» або виконайте mandrivna enroll.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="88"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>Адреса сервера має починатися з http:// або https://.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="95"/>
        <location filename="../../src/mandrivna/store/database.py" line="186"/>
        <source>Set up this device first: enter the hub and librarian.</source>
        <translation>Спершу налаштуйте пристрій: вкажіть хаб і бібліотекаря.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="127"/>
        <source>The file {file} cannot be written.</source>
        <translation>Не вдається записати файл {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="137"/>
        <source>The file {file} cannot be read.</source>
        <translation>Не вдається прочитати файл {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="39"/>
        <source>Enter the reader&apos;s surname.</source>
        <extracomment>Oldest protocol the server still accepts; older apps are told to update. Version of the data the app writes (entities and their fields). Raised only for a change an older app would misread; once the server holds newer data, older apps are told to update. gzip level for bodies: 6 keeps changes small on slow mobile links (level 1: +8 B per change). A change on the wire in a push: [hlc, entity, entity_id, op, fields, seen] A change on the wire in a pull: [device index, seq, hlc, entity, entity_id, op, fields, seen] How far ahead of our own wall clock a remote stamp may be and still be adopted. A field&apos;s stamp as stored with the record: [hlc, device_id, seen]. Personal data erased when a reader is deleted; the anonymous counts stay.</extracomment>
        <translation>Вкажіть прізвище читача.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="41"/>
        <source>Enter the reader&apos;s given name.</source>
        <translation>Вкажіть ім’я читача.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="45"/>
        <source>The birth year {year} is not possible.</source>
        <translation>Рік народження {year} неможливий.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="52"/>
        <source>Unknown reader category: {name}.</source>
        <translation>Невідома категорія читача: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/gui_main.py" line="100"/>
        <source>The picture could not be saved to {path}.</source>
        <translation>Не вдалося зберегти зображення до {path}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="69"/>
        <source>The answer from {url} is not from a Mandrivna server (a Wi-Fi login page?). Check the address and the connection.</source>
        <translation>Відповідь від {url} надійшла не від сервера «Мандрівної» (сторінка входу до Wi-Fi?). Перевірте адресу та з’єднання.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="119"/>
        <source>The server {url} cannot be reached. Check the connection; everything recorded is kept and will be sent at the next sync.</source>
        <translation>Не вдається зв’язатися із сервером {url}. Перевірте зв’язок; усі записи збережено, їх буде надіслано під час наступної синхронізації.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="151"/>
        <source>The server does not know this laptop. Enroll it again with a new code from the coordinator (Settings → Sync).</source>
        <translation>Сервер не знає цього ноутбука. Підключіть його знову з новим кодом від координатора (сторінка «Синхронізація»).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="157"/>
        <source>The coordinator has revoked this laptop&apos;s access to the server.</source>
        <translation>Координатор скасував доступ цього ноутбука до сервера.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="166"/>
        <source>This laptop is already enrolled with the server. If it lost its connection details, ask the coordinator to revoke the old enrollment and give a new code.</source>
        <translation>Цей ноутбук уже підключено до сервера. Якщо дані підключення втрачено, попросіть координатора скасувати старе підключення й дати новий код.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="176"/>
        <source>The enrollment code is wrong, already used or expired. Ask the coordinator for a new code.</source>
        <translation>Код підключення неправильний, уже використаний або прострочений. Попросіть у координатора новий код.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="184"/>
        <source>This version of Mandrivna is too old for the server. Update the app on this laptop, then sync again.</source>
        <translation>Ця версія «Мандрівної» застаріла для сервера. Оновіть програму на цьому ноутбуці й синхронізуйте знову.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="191"/>
        <source>The server is older than this app. Ask the coordinator to update the server.</source>
        <translation>Сервер старіший за цю програму. Попросіть координатора оновити сервер.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="198"/>
        <source>The server had a problem ({code}). Try again later; nothing recorded here is lost.</source>
        <translation>На сервері сталася помилка ({code}). Спробуйте пізніше; записи на цьому ноутбуці не втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="202"/>
        <source>The server refused the request: {detail}</source>
        <translation>Сервер відхилив запит: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="235"/>
        <source>The bundle was refused: {reason}</source>
        <translation>Пакет відхилено: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="243"/>
        <source>Only a coordinator&apos;s laptop can import bundles from other hubs.</source>
        <translation>Лише ноутбук координатора може імпортувати пакети інших хабів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="60"/>
        <source>The server holds more of this laptop&apos;s records than the laptop itself (was the database restored from an old backup?). Sync was stopped so nothing is overwritten; ask the coordinator.</source>
        <translation>Сервер має більше записів цього ноутбука, ніж сам ноутбук (базу відновлено зі старої копії?). Синхронізацію зупинено, щоб нічого не перезаписати; зверніться до координатора.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/sync_engine.py" line="96"/>
        <source>The server did not accept this laptop&apos;s changes. Try again later; nothing recorded here is lost.</source>
        <extracomment>A laptop this many changes behind the server catches up from a snapshot (merged records) instead of replaying every change. progress(phase, done, total): phase is &quot;push&quot; or &quot;pull&quot;; total is 0 when unknown.</extracomment>
        <translation>Сервер не прийняв змін цього ноутбука. Спробуйте пізніше; записи на цьому ноутбуці не втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/bundle.py" line="40"/>
        <source>Enroll this laptop with the server once before writing bundles: the server must know its signing key.</source>
        <translation>Перш ніж записувати пакети, один раз підключіть ноутбук до сервера: сервер має знати його ключ підпису.</translation>
    </message>
</context>
</TS>
