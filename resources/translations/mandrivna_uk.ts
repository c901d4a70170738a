<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AddCopiesDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="128"/>
        <source>Add copies</source>
        <translation>Додати примірники</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="135"/>
        <source>Scan or type; leave empty for new barcodes</source>
        <translation>Відскануйте або введіть; порожнє — нові штрихкоди</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="140"/>
        <source>Record:</source>
        <translation>Запис:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="141"/>
        <source>Barcode:</source>
        <translation>Штрихкод:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="142"/>
        <source>Number of copies:</source>
        <translation>Кількість примірників:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="144"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="174"/>
        <source>Copy %1 added (%2 so far). Scan the next one, or close.</source>
        <translation>Примірник %1 додано (усього %2). Відскануйте наступний або закрийте вікно.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="177"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="131"/>
        <source>Attach to a hub</source>
        <translation>Приєднати до хабу</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="138"/>
        <source>The name is another spelling of the hub chosen below: everything recorded under it will count for that hub, on every laptop after its next sync.</source>
        <translation>Ця назва — інше написання хабу, вибраного нижче: усе, що записано під нею, зараховуватиметься цьому хабу на кожному ноутбуці після його наступної синхронізації.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="148"/>
        <source>Name met in the data:</source>
        <translation>Назва в даних:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="149"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="153"/>
        <source>Attach</source>
        <translation>Приєднати</translation>
    </message>
</context>
<context>
    <name>AttendanceSheetPdf</name>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="62"/>
        <source>When:</source>
        <translation>Коли:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="63"/>
        <source>Where:</source>
        <translation>Де:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="66"/>
        <source>Department:</source>
        <translation>Відділ:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="72"/>
        <source>Attendance sheet</source>
        <translation>Аркуш реєстрації учасників</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="76"/>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="93"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="77"/>
        <source>Surname and name</source>
        <translation>Прізвище та ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="78"/>
        <source>Reader card</source>
        <translation>Читацький квиток</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="79"/>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="94"/>
        <source>Reader</source>
        <translation>Читач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="95"/>
        <source>Done</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="105"/>
        <source>Sessions:</source>
        <translation>Занять:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="106"/>
        <source>Needed to complete:</source>
        <translation>Для завершення потрібно:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="109"/>
        <source>Course attendance</source>
        <translation>Журнал відвідування курсу</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/attendance_sheet_pdf.py" line="161"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · сторінка %2 з %3</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="44"/>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="58"/>
        <source>No backups yet. The first is made today in the background; to make one now, press «Back up now».</source>
        <translation>Резервних копій ще немає. Перша зробиться сьогодні у фоні; щоб зробити копію зараз, натисніть «Зробити копію зараз».</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="62"/>
        <source>Back up now</source>
        <translation>Зробити копію зараз</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="63"/>
        <source>Second folder…</source>
        <translation>Друга тека…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="64"/>
        <source>Restore from a backup…</source>
        <translation>Відновити з копії…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="76"/>
        <source>A checked copy is made every day the app is used; 7 daily, 4 weekly and 12 monthly copies are kept.</source>
        <translation>Щодня, коли працює програма, робиться перевірена копія; зберігаються 7 щоденних, 4 щотижневі та 12 щомісячних копій.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="89"/>
        <source>{when} · {kind} · {readers} readers, {loans} on loan</source>
        <translation>{when} · {kind} · читачів: {readers}, на руках: {loans}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="100"/>
        <source>Second folder: {folder}</source>
        <translation>Друга тека: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="103"/>
        <source>No second folder: backups stay on this laptop only.</source>
        <translation>Другої теки немає: копії зберігаються лише на цьому ноутбуці.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="115"/>
        <source>Backup made and checked: {path}</source>
        <translation>Копію зроблено й перевірено: {path}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="149"/>
        <source>Replace the database with this backup?
{backup}

The current database is backed up first. Changes this laptop already sent to the sync server come back at the next sync. The app starts again afterwards.</source>
        <translation>Замінити базу даних цією копією?
{backup}

Спершу буде збережено копію поточної бази. Зміни, які цей ноутбук уже надіслав на сервер синхронізації, повернуться під час наступної синхронізації. Потім програма запуститься знову.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="158"/>
        <source>Restored. The app starts again.</source>
        <translation>Відновлено. Програма запускається знову.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="162"/>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="166"/>
        <source>Enter the passphrase this backup was made with.</source>
        <translation>Введіть парольну фразу, з якою створено цю резервну копію.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="171"/>
        <source>Choose a backup</source>
        <translation>Виберіть резервну копію</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="173"/>
        <source>Mandrivna backups (*.sqlite3)</source>
        <translation>Копії Мандрівної (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/backup_settings.py" line="178"/>
        <source>Second folder for backups</source>
        <translation>Друга тека для копій</translation>
    </message>
</context>
<context>
    <name>CatalogueEdits</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_edits.py" line="81"/>
        <source>Delete the record «%1»?</source>
        <translation>Видалити запис «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_edits.py" line="83"/>
        <source>Its %1 copies are deleted too.</source>
        <translation>Його примірники (%1) теж буде видалено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_edits.py" line="87"/>
        <location filename="../../src/mandrivna/ui/pages/catalogue_edits.py" line="130"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_edits.py" line="129"/>
        <source>Delete the copy %1?</source>
        <translation>Видалити примірник %1?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_edits.py" line="144"/>
        <location filename="../../src/mandrivna/ui/pages/catalogue_edits.py" line="155"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_edits.py" line="146"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_page.py" line="51"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
</context>
<context>
    <name>CatalogueSearchBar</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="39"/>
        <source>Title, author, ISBN or a copy&apos;s barcode</source>
        <translation>Назва, автор, ISBN або штрихкод примірника</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="41"/>
        <source>Ctrl+F. Scan a copy&apos;s barcode to find its record.</source>
        <translation>Ctrl+F. Відскануйте штрихкод примірника, щоб знайти його запис.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="44"/>
        <source>All types</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="48"/>
        <source>All hubs</source>
        <translation>Усі хаби</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="51"/>
        <source>Any copy status</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="57"/>
        <source>New record…</source>
        <translation>Новий запис…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="58"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="59"/>
        <source>Import…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="60"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="77"/>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="78"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="79"/>
        <source>Copies:</source>
        <translation>Примірники:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="133"/>
        <source>The first %1 found; type more to narrow.</source>
        <translation>Показано перші %1; уточніть пошук.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="136"/>
        <source>Found: %1</source>
        <translation>Знайдено: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="138"/>
        <source>Last added: %1</source>
        <translation>Останні додані: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/catalogue_search_bar.py" line="144"/>
        <source>In the catalogue: %1 records, %2 copies</source>
        <translation>У каталозі: записів — %1, примірників — %2</translation>
    </message>
</context>
<context>
    <name>CatchUp</name>
    <message>
        <location filename="../../src/mandrivna/ui/catch_up_text.py" line="16"/>
        <source>Working out loans and the catalogue search: %1 of %2</source>
        <translation>Зведення видач і пошуку в каталозі: %1 з %2</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="101"/>
        <source>Reference help</source>
        <translation>Довідкова допомога</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="103"/>
        <source>Consultation</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="104"/>
        <source>Reference question</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="121"/>
        <source>Answered</source>
        <translation>Надано відповідь</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="122"/>
        <source>Referred elsewhere</source>
        <translation>Переадресовано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="125"/>
        <source>Reader:</source>
        <translation>Читач:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="125"/>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="126"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="127"/>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="128"/>
        <source>Also about:</source>
        <translation>Також про:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="129"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="130"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="131"/>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="132"/>
        <source>Record</source>
        <translation>Записати</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="203"/>
        <source>Edit copy</source>
        <translation>Зміна примірника</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="214"/>
        <source>Barcode:</source>
        <translation>Штрихкод:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="215"/>
        <source>Now:</source>
        <translation>Зараз:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="216"/>
        <source>Status:</source>
        <translation>Стан:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="223"/>
        <source>On loan since {lent}, due {due}. Choosing «Available» here does not return it: it stays on loan until it is returned at the lending desk. The status only records whether the copy is lost, in transit or written off.</source>
        <translation>Виданий з {lent}, повернути до {due}. Вибір «Доступний» тут не повертає примірник: він лишається виданим, доки його не повернуть на кафедрі видачі. Стан лише позначає, чи примірник втрачений, у дорозі або списаний.</translation>
    </message>
</context>
<context>
    <name>CopyForm</name>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="67"/>
        <source>e.g. Ukrainian Book Institute</source>
        <translation>напр. Український інститут книги</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="79"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="80"/>
        <source>Acquired as:</source>
        <translation>Спосіб надходження:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="81"/>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/copies_dialog.py" line="82"/>
        <source>Date acquired:</source>
        <translation>Дата надходження:</translation>
    </message>
</context>
<context>
    <name>CounterBox</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="127"/>
        <source>Also counted today</source>
        <translation>Також враховано сьогодні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="129"/>
        <source>New person without a card</source>
        <translation>Нова особа без квитка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="130"/>
        <source>Used in the hub, not taken</source>
        <translation>Читали на місці</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="134"/>
        <source>Without a card</source>
        <translation>Без квитка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="135"/>
        <source>Read here</source>
        <translation>Читали на місці</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="144"/>
        <source>Each person once: they are counted among the users served.</source>
        <translation>Кожну особу один раз: її враховано серед обслужених користувачів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="146"/>
        <source>A book read at the hub: it counts in книговидача.</source>
        <translation>Видання, яке читали в хабі, не забираючи: враховується в книговидачі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="148"/>
        <source>Correct…</source>
        <translation>Виправити…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="162"/>
        <source>{name}: corrected to {total}</source>
        <translation>{name}: виправлено на {total}</translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="62"/>
        <source>New course…</source>
        <translation>Новий курс…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="63"/>
        <source>Add session…</source>
        <translation>Додати заняття…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="64"/>
        <source>Print attendance sheet (Ctrl+P)</source>
        <translation>Друкувати журнал (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="67"/>
        <source>Scan a card to enroll</source>
        <translation>Зіскануйте квиток, щоб записати на курс</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="143"/>
        <source>No course selected</source>
        <translation>Курс не вибрано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="157"/>
        <source>{title}: {n} sessions, {required} needed to complete</source>
        <translation>{title}: занять — {n}, для завершення потрібно {required}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="74"/>
        <source>Scan a card to check in</source>
        <translation>Зіскануйте квиток для відмітки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="83"/>
        <source>Nobody enrolled yet: scan reader cards in the field above.</source>
        <translation>На курс ще ніхто не записаний: скануйте читацькі квитки в полі вище.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="145"/>
        <source>No courses yet: create one with «New course…» below the list.</source>
        <translation>Курсів ще немає: створіть курс кнопкою «Новий курс…» під списком.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="168"/>
        <source>Reader</source>
        <translation>Читач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="169"/>
        <source>Attended</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="170"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="176"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="192"/>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="196"/>
        <source>New course</source>
        <translation>Новий курс</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="192"/>
        <source>Course title:</source>
        <translation>Назва курсу:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="196"/>
        <source>Sessions needed to complete:</source>
        <translation>Занять для завершення:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="201"/>
        <source>Course created.</source>
        <translation>Курс створено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="214"/>
        <source>Session added.</source>
        <translation>Заняття додано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="224"/>
        <source>Enrolled: {name}.</source>
        <translation>Записано: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="235"/>
        <source>Checked in: {name}.</source>
        <translation>Відмічено: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="260"/>
        <source>Save the attendance sheet</source>
        <translation>Зберегти журнал відвідування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="262"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="275"/>
        <source>Attendance sheet</source>
        <translation>Журнал відвідування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="277"/>
        <source>The attendance sheet is saved: {path}</source>
        <translation>Журнал відвідування збережено: {path}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/dashboard_page.py" line="41"/>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/dashboard_page.py" line="47"/>
        <source>&amp;Show</source>
        <translation>По&amp;казати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/dashboard_page.py" line="49"/>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/dashboard_page.py" line="51"/>
        <source>&amp;Hub:</source>
        <translation>&amp;Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/dashboard_page.py" line="80"/>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/dashboard_page.py" line="96"/>
        <source>Counting the figures of days not counted yet: %1 of %2…</source>
        <translation>Підрахунок показників за ще не враховані дні: %1 з %2…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/dashboard_page.py" line="123"/>
        <source>%1, %2: from 01.01 to %3.</source>
        <translation>%1, %2: з 01.01 до %3.</translation>
    </message>
</context>
<context>
    <name>DeskDialogs</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>DeskLog</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_log.py" line="26"/>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_log.py" line="28"/>
        <source>no reader</source>
        <translation>без читача</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="57"/>
        <source>Lending desk</source>
        <translation>Видача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="83"/>
        <source>Scan or type a reader card or a book barcode, then Enter</source>
        <translation>Зіскануйте або введіть читацький квиток чи штрихкод книги й натисніть Enter</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="97"/>
        <source>Today at this desk:</source>
        <translation>Сьогодні на видачі:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="181"/>
        <source>Close session</source>
        <translation>Закриття зміни</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="182"/>
        <source>Close today&apos;s session and see its summary?</source>
        <translation>Закрити сьогоднішню зміну й переглянути підсумки?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="244"/>
        <source>Not lent: {code}.</source>
        <translation>Не видано: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="253"/>
        <source>Lent: {title} ({code}), due {due}.</source>
        <translation>Видано: {title} ({code}), повернути до {due}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="257"/>
        <source>Returned: {title} ({code}).</source>
        <translation>Повернено: {title} ({code}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="264"/>
        <source>The catalogue still marks it «{status}»: change its status there if it stays here.</source>
        <translation>У каталозі він досі позначений «{status}»: змініть там його стан, якщо він лишається тут.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="277"/>
        <source>Open a session to lend to {name}.</source>
        <translation>Відкрийте зміну, щоб видати книги: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/desk_page.py" line="313"/>
        <source>Renewed: {n}.</source>
        <translation>Продовжено: {n}.</translation>
    </message>
</context>
<context>
    <name>DeskRecords</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_records.py" line="53"/>
        <source>Recorded: {title}.</source>
        <translation>Записано: {title}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_records.py" line="68"/>
        <source>Reference help recorded.</source>
        <translation>Довідку записано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_records.py" line="80"/>
        <source>Virtual visits recorded: {n} ({source}).</source>
        <translation>Віртуальні відвідування записано: {n} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_records.py" line="94"/>
        <source>Overdue at this hub</source>
        <translation>Прострочене в цьому хабі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_records.py" line="104"/>
        <source>Loan history: {name}</source>
        <translation>Історія видач: {name}</translation>
    </message>
</context>
<context>
    <name>DeskSide</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_side.py" line="29"/>
        <source>Electronic loan… (Ctrl+L)</source>
        <translation>Електронна видача… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_side.py" line="30"/>
        <source>Reference help… (Ctrl+K)</source>
        <translation>Довідка чи консультація… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_side.py" line="31"/>
        <source>Overdue at this hub</source>
        <translation>Прострочене в цьому хабі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_side.py" line="32"/>
        <source>Virtual visits for a period…</source>
        <translation>Віртуальні відвідування за період…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_side.py" line="33"/>
        <source>Sound signals</source>
        <translation>Звукові сигнали</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="60"/>
        <source>First reader</source>
        <translation>Перший читач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="60"/>
        <source>Second reader</source>
        <translation>Другий читач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="61"/>
        <source>Why</source>
        <translation>Чому схожі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="65"/>
        <source>Merge, keep the first card</source>
        <translation>Об&apos;єднати, залишити першу картку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="66"/>
        <source>Merge, keep the second card</source>
        <translation>Об&apos;єднати, залишити другу картку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="67"/>
        <source>Not a duplicate</source>
        <translation>Це різні люди</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="81"/>
        <source>The card kept gets every loan, visit, check-in and registration year of both; the other card number still finds the reader.</source>
        <translation>Залишена картка отримує всі видачі, відвідування, відмітки на заходах і роки реєстрації обох; за номером другої картки читача так само знайде будь-який хаб.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="113"/>
        <source>Pairs: %1</source>
        <translation>Пар: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="134"/>
        <source>Merge readers</source>
        <translation>Об&apos;єднати читачів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="136"/>
        <source>Merge %1 into %2? This cannot be undone.</source>
        <translation>Приєднати %1 до %2? Скасувати це не можна.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="142"/>
        <source>Merged into %1.</source>
        <translation>Об&apos;єднано: залишено картку %1.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/duplicates_view.py" line="150"/>
        <source>Marked as two different readers.</source>
        <translation>Позначено як двох різних читачів.</translation>
    </message>
</context>
<context>
    <name>ELoanDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="70"/>
        <source>Electronic loan or internet resource</source>
        <translation>Електронна видача чи інтернет-ресурс</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="72"/>
        <source>Electronic loan (e-book, aggregator access)</source>
        <translation>Електронна видача (е-книга, доступ до агрегатора)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="73"/>
        <source>Free internet resource (link, QR code)</source>
        <translation>Вільний інтернет-ресурс (посилання, QR-код)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="78"/>
        <source>At the desk, in person</source>
        <translation>На місці, особисто</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="79"/>
        <source>Remotely (phone, messenger, online)</source>
        <translation>Дистанційно (телефон, месенджер, онлайн)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="81"/>
        <source>Reader:</source>
        <translation>Читач:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="81"/>
        <source>anonymous</source>
        <translation>анонімно</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="82"/>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="83"/>
        <source>Given:</source>
        <translation>Як надано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="84"/>
        <source>What was given:</source>
        <translation>Що надано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="85"/>
        <source>Link:</source>
        <translation>Посилання:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="86"/>
        <source>Record</source>
        <translation>Записати</translation>
    </message>
</context>
<context>
    <name>EncryptionSettings</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/encryption_settings.py" line="29"/>
        <source>Encryption</source>
        <translation>Шифрування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/encryption_settings.py" line="51"/>
        <source>The database and its backups are encrypted. The passphrase is asked at every start; scheduled tasks read it from MANDRIVNA_PASSPHRASE.</source>
        <translation>Базу даних і її резервні копії зашифровано. Парольну фразу програма запитує під час кожного запуску; заплановані завдання беруть її зі змінної MANDRIVNA_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/encryption_settings.py" line="52"/>
        <source>Change passphrase…</source>
        <translation>Змінити парольну фразу…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/encryption_settings.py" line="59"/>
        <source>Not encrypted: anyone who gets this laptop&apos;s disk can read the readers&apos; personal data. Encryption is recommended.</source>
        <translation>Не зашифровано: будь-хто, до кого потрапить диск цього ноутбука, зможе прочитати персональні дані читачів. Рекомендуємо ввімкнути шифрування.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/encryption_settings.py" line="60"/>
        <source>Encrypt with a passphrase…</source>
        <translation>Зашифрувати парольною фразою…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/encryption_settings.py" line="68"/>
        <source>Encrypting the database and the backups…</source>
        <translation>Шифрування бази даних і резервних копій…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/encryption_settings.py" line="77"/>
        <source>Done: the database and {count} backups are encrypted.</source>
        <translation>Готово: базу даних і резервні копії (кількість: {count}) зашифровано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/encryption_settings.py" line="84"/>
        <source>The second backup folder could not be reached ({reason}); the copies there were left as they were.</source>
        <translation>Друга папка для резервних копій недоступна ({reason}); копії в ній залишилися без змін.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/encryption_settings.py" line="88"/>
        <source>These damaged backups could not be encrypted; delete them: {files}</source>
        <translation>Ці пошкоджені резервні копії не вдалося зашифрувати; видаліть їх: {files}</translation>
    </message>
</context>
<context>
    <name>EventAttendancePanel</name>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="48"/>
        <source>Attendance</source>
        <translation>Відвідуваність</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="52"/>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="118"/>
        <source>No event selected</source>
        <translation>Захід не вибрано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="63"/>
        <source>Came in person:</source>
        <translation>Прийшло особисто:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="64"/>
        <source>Online participants:</source>
        <translation>Онлайн-учасників:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="72"/>
        <source>Save attendance</source>
        <translation>Зберегти відвідуваність</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="76"/>
        <source>Scan a card to check in (Ctrl+I)</source>
        <translation>Зіскануйте квиток для відмітки (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="82"/>
        <source>Nobody checked in by card yet: scan reader cards in the field above.</source>
        <translation>За квитком ще ніхто не відмічений: скануйте читацькі квитки в полі вище.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="83"/>
        <source>Print attendance sheet (Ctrl+P)</source>
        <translation>Друкувати аркуш реєстрації (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="89"/>
        <source>Of them:</source>
        <translation>З них:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="165"/>
        <source>Attendance saved.</source>
        <translation>Відвідуваність збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="186"/>
        <source>{name} is already checked in.</source>
        <translation>{name} уже відмічено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="188"/>
        <source>Checked in: {name}.</source>
        <translation>Відмічено: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="203"/>
        <source>Save the attendance sheet</source>
        <translation>Зберегти аркуш реєстрації</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="205"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="222"/>
        <source>Attendance sheet</source>
        <translation>Аркуш реєстрації</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_attendance_panel.py" line="224"/>
        <source>The attendance sheet is saved: {path}</source>
        <translation>Аркуш реєстрації збережено: {path}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="91"/>
        <source>New event</source>
        <translation>Новий захід</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="91"/>
        <source>Edit event</source>
        <translation>Редагування заходу</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="94"/>
        <source>— not in a series —</source>
        <translation>— не в циклі —</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="97"/>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="98"/>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="100"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="103"/>
        <source>Zoom, YouTube, Facebook…</source>
        <translation>Zoom, YouTube, Facebook…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="106"/>
        <source>— not in the plan —</source>
        <translation>— не з плану —</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="110"/>
        <source>The plan&apos;s item, as the plan names it</source>
        <translation>Пункт плану, як його названо в плані</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="124"/>
        <source>not limited</source>
        <translation>без обмежень</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="132"/>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="133"/>
        <source>Series:</source>
        <translation>Цикл:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="134"/>
        <source>Starts:</source>
        <translation>Початок:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="135"/>
        <source>Ends:</source>
        <translation>Кінець:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="136"/>
        <source>Direction:</source>
        <translation>Напрям:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="137"/>
        <source>Form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="138"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="139"/>
        <source>Department:</source>
        <translation>Відділ:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="140"/>
        <source>Venue:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="141"/>
        <source>Online platform:</source>
        <translation>Онлайн-платформа:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="142"/>
        <source>Partner project:</source>
        <translation>Партнерський проєкт:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="143"/>
        <source>Status:</source>
        <translation>Стан:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="144"/>
        <source>Plan section:</source>
        <translation>Розділ плану:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="145"/>
        <source>Plan item:</source>
        <translation>Пункт плану:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="146"/>
        <source>Capacity:</source>
        <translation>Місткість:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="147"/>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="152"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_dialog.py" line="153"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="62"/>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="69"/>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="72"/>
        <source>Courses</source>
        <translation>Курси</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="96"/>
        <source>All departments</source>
        <translation>Усі відділи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="99"/>
        <source>All directions</source>
        <translation>Усі напрями</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="102"/>
        <source>All formats</source>
        <translation>Усі формати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="133"/>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="134"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="115"/>
        <source>New event (Ctrl+N)</source>
        <translation>Новий захід (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="104"/>
        <source>All hubs</source>
        <translation>Усі хаби</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="116"/>
        <source>New series…</source>
        <translation>Новий цикл…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="117"/>
        <source>Next in series (Ctrl+Shift+N)</source>
        <translation>Наступний у циклі (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="118"/>
        <source>Edit (Ctrl+E)</source>
        <translation>Редагувати (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="130"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="131"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="132"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="144"/>
        <source>No events this month for these filters. Plan one with «New event» (Ctrl+N), or choose another month in the calendar.</source>
        <translation>Цього місяця за такими фільтрами заходів немає. Заплануйте захід кнопкою «Новий захід» (Ctrl+N) або виберіть інший місяць у календарі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="135"/>
        <source>Came</source>
        <translation>Прийшло</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/events_page.py" line="315"/>
        <source>New series (monthly)</source>
        <translation>Новий цикл (щомісяця)</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../src/mandrivna/ui/export_dialogs.py" line="21"/>
        <location filename="../../src/mandrivna/ui/export_dialogs.py" line="43"/>
        <source>Export readers</source>
        <translation>Експорт читачів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/export_dialogs.py" line="27"/>
        <source>The file will hold readers&apos; personal data: names, years of birth, phones, e-mail addresses and settlements. Keep it only where others cannot read it, and delete it when it is no longer needed. Export?</source>
        <translation>У файлі будуть персональні дані читачів: імена, роки народження, телефони, адреси електронної пошти й населені пункти. Зберігайте його лише там, де сторонні не зможуть його прочитати, і видаліть, коли він стане непотрібним. Експортувати?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/export_dialogs.py" line="37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/export_dialogs.py" line="38"/>
        <source>CSV table, UTF-8 (*.csv)</source>
        <translation>Таблиця CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/export_dialogs.py" line="41"/>
        <source>Export the catalogue</source>
        <translation>Експорт каталогу</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/export_dialogs.py" line="66"/>
        <source>Wrote %1 records to %2.</source>
        <translation>Записи (%1) збережено у файл %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/export_dialogs.py" line="68"/>
        <source>Wrote %1 readers to %2.</source>
        <translation>Читачів (%1) збережено у файл %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/export_dialogs.py" line="70"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="33"/>
        <source>Welcome to Mandrivna</source>
        <translation>Ласкаво просимо до «Мандрівної»</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="41"/>
        <source>This laptop is being set up for the travelling library. Enter the hub (service point) where it works and the name of the librarian. You can change both later in Settings.</source>
        <translation>Цей ноутбук налаштовується для Мандрівної бібліотеки. Вкажіть хаб (пункт обслуговування), де він працює, та ім’я бібліотекаря. Обидва можна змінити пізніше в Налаштуваннях.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="44"/>
        <source>e.g. Dnipro hub</source>
        <translation>напр. Хаб у Дніпрі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="46"/>
        <source>e.g. Olena Kovalenko</source>
        <translation>напр. Олена Коваленко</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="48"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="49"/>
        <source>Librarian:</source>
        <translation>Бібліотекар:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="56"/>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="57"/>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/first_run_dialog.py" line="62"/>
        <source>Encrypt the data on this laptop with a passphrase (recommended)</source>
        <translation>Зашифрувати дані на цьому ноутбуці парольною фразою (рекомендовано)</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="48"/>
        <source>New hub</source>
        <translation>Новий хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="48"/>
        <source>Edit hub</source>
        <translation>Змінити хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="59"/>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="60"/>
        <source>Settlement:</source>
        <translation>Населений пункт:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="61"/>
        <source>Oblast:</source>
        <translation>Область:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="62"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="71"/>
        <source>A new name is shown everywhere at once: on every laptop after its next sync, in every report. What was recorded under the old name stays counted for this hub.</source>
        <translation>Нова назва з&apos;явиться всюди: на кожному ноутбуці після його наступної синхронізації, у кожному звіті. Усе, що записано під старою назвою, і далі рахується за цим хабом.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="75"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
</context>
<context>
    <name>HubPicker</name>
    <message>
        <location filename="../../src/mandrivna/ui/report_period_picker.py" line="111"/>
        <source>All hubs</source>
        <translation>Усі хаби</translation>
    </message>
</context>
<context>
    <name>HubsPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="49"/>
        <source>Hubs</source>
        <translation>Хаби</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="63"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="64"/>
        <source>Settlement</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="65"/>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="66"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="67"/>
        <source>Laptops</source>
        <translation>Ноутбуки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="68"/>
        <source>Last sync</source>
        <translation>Остання синхронізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="69"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="73"/>
        <source>Add hub (Ctrl+N)</source>
        <translation>Додати хаб (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="74"/>
        <source>Edit or rename (F2)</source>
        <translation>Змінити чи перейменувати (F2)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="75"/>
        <source>Merge into… (Ctrl+M)</source>
        <translation>Об&apos;єднати з… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="76"/>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="248"/>
        <source>Close hub</source>
        <translation>Закрити хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="77"/>
        <source>Code for a new laptop (Ctrl+K)</source>
        <translation>Код для нового ноутбука (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="78"/>
        <source>Refresh (F5)</source>
        <translation>Оновити (F5)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="93"/>
        <source>Attach to a hub… (Ctrl+J)</source>
        <translation>Приєднати до хабу… (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="98"/>
        <source>Revoke the laptop…</source>
        <translation>Відкликати ноутбук…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="165"/>
        <source>The laptops could not be listed: %1</source>
        <translation>Не вдалося отримати список ноутбуків: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="171"/>
        <source>Hub names met in the data that the directory does not know: %1</source>
        <translation>Назви хабів у даних, яких немає в довіднику: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="201"/>
        <source>not in the directory</source>
        <translation>немає в довіднику</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="219"/>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="223"/>
        <source>Quiet: never synced</source>
        <translation>Тиша: ще не синхронізувався</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="223"/>
        <source>Quiet: no sync for %1 d</source>
        <translation>Тиша: без синхронізації %1 дн.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="226"/>
        <source>Add it to the directory</source>
        <translation>Додайте його до довідника</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="228"/>
        <source>Open</source>
        <translation>Працює</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="247"/>
        <source>Reopen hub</source>
        <translation>Відкрити хаб знову</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="275"/>
        <source>Hub added.</source>
        <translation>Хаб додано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="286"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="304"/>
        <source>The hubs are merged.</source>
        <translation>Хаби об&apos;єднано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="312"/>
        <source>Hub closed.</source>
        <translation>Хаб закрито.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="313"/>
        <source>Hub reopened.</source>
        <translation>Хаб знову відкрито.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="332"/>
        <source>«%1» is now a spelling of its hub.</source>
        <translation>«%1» тепер — одне з написань назви свого хабу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="351"/>
        <source>Code for a new laptop of «%1»: &lt;b&gt;%2&lt;/b&gt; (valid until %3). Enter it on the laptop in Sync, with the server&apos;s address.</source>
        <translation>Код для нового ноутбука хабу «%1»: &lt;b&gt;%2&lt;/b&gt; (дійсний до %3). Введіть його на ноутбуці на сторінці «Синхронізація» разом з адресою сервера.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="355"/>
        <source>Code issued.</source>
        <translation>Код видано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="363"/>
        <source>a laptop not synced yet</source>
        <translation>ноутбук, що ще не синхронізувався</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="365"/>
        <source>Revoke the laptop</source>
        <translation>Відкликати ноутбук</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="370"/>
        <source>Revoke the laptop of %1 at «%2»? It stops syncing at once; what it has already sent stays. To use it again, it needs a new code.</source>
        <translation>Відкликати ноутбук (%1) у хабі «%2»? Він одразу перестане синхронізуватися; усе, що він уже надіслав, залишиться. Щоб знову ним користуватися, потрібен новий код.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="374"/>
        <source>Revoke</source>
        <translation>Відкликати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="375"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="389"/>
        <source>The laptop is revoked.</source>
        <translation>Ноутбук відкликано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/hubs_page.py" line="391"/>
        <source>The server no longer knows this laptop.</source>
        <translation>Сервер більше не знає цього ноутбука.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="71"/>
        <source>Import into the catalogue</source>
        <translation>Імпорт до каталогу</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="73"/>
        <source>Import readers</source>
        <translation>Імпорт читачів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="101"/>
        <source>Choose a MARC file (ISO 2709 .mrc or .iso, MARCXML .xml; MARC21 or UNIMARC) or a table (.csv or .xlsx in the catalogue template). Records already in the catalogue are updated, not added twice. Either the whole file goes in, or nothing does.</source>
        <translation>Виберіть файл MARC (ISO 2709 .mrc або .iso, MARCXML .xml; MARC21 або UNIMARC) чи таблицю (.csv або .xlsx за шаблоном каталогу). Записи, які вже є в каталозі, буде оновлено, а не додано вдруге. Файл імпортується або повністю, або зовсім не імпортується.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="107"/>
        <source>Choose a table of readers (.csv or .xlsx in the readers&apos; template). Every reader needs consent to personal-data processing. A card number already registered updates that reader. Either the whole file goes in, or nothing does.</source>
        <translation>Виберіть таблицю читачів (.csv або .xlsx за шаблоном читачів). Для кожного читача потрібна згода на обробку персональних даних. Якщо номер читацького квитка вже зареєстровано, дані цього читача буде оновлено. Файл імпортується або повністю, або зовсім не імпортується.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="114"/>
        <source>No file chosen</source>
        <translation>Файл не вибрано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="115"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="117"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Вибрати файл…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="127"/>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="131"/>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="287"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="134"/>
        <source>MARC fla&amp;vour:</source>
        <translation>&amp;Різновид MARC:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="136"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="154"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="156"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="191"/>
        <source>Catalogue files (*.mrc *.iso *.marc *.xml *.csv *.xlsx)</source>
        <translation>Файли каталогу (*.mrc *.iso *.marc *.xml *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="193"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблиці (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="193"/>
        <source>Choose a file to import</source>
        <translation>Виберіть файл для імпорту</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="213"/>
        <source>Reading the file…</source>
        <translation>Читання файлу…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="242"/>
        <source>Read %1 of %2…</source>
        <translation>Прочитано %1 з %2…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="253"/>
        <source>The file is ready to import.</source>
        <translation>Файл готовий до імпорту.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="256"/>
        <source>The file has nothing to import.</source>
        <translation>У файлі немає що імпортувати.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="258"/>
        <source>Fix the problems in the file, then choose it again.</source>
        <translation>Виправте проблеми у файлі й виберіть його знову.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="287"/>
        <source>Automatic (%1)</source>
        <translation>Автоматично (%1)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="296"/>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="314"/>
        <source>Imported: %1 records added, %2 updated; %3 copies added.</source>
        <translation>Імпортовано: додано записів — %1, оновлено — %2; додано примірників — %3.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_dialog.py" line="319"/>
        <source>Imported: %1 readers added, %2 updated.</source>
        <translation>Імпортовано: додано читачів — %1, оновлено — %2.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="40"/>
        <source>P&amp;review (the first 200 rows):</source>
        <translation>&amp;Попередній перегляд (перші 200 рядків):</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="43"/>
        <source>&amp;Problems:</source>
        <translation>Про&amp;блеми:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="66"/>
        <source>%1 records: %2 new, %3 to update, %4 unchanged; %5 copies to add.</source>
        <translation>Записів: %1 — нових %2, до оновлення %3, без змін %4; примірників до додавання: %5.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="69"/>
        <source>%1 readers: %2 new, %3 to update, %4 unchanged.</source>
        <translation>Читачів: %1 — нових %2, до оновлення %3, без змін %4.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="76"/>
        <source>Errors: %1, warnings: %2.</source>
        <translation>Помилок: %1, попереджень: %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="86"/>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="167"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="87"/>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="98"/>
        <source>Will be</source>
        <translation>Що буде</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="88"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="89"/>
        <source>Authors</source>
        <translation>Автори</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="90"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="91"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="92"/>
        <source>Copies</source>
        <translation>Примірники</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="93"/>
        <source>Barcodes</source>
        <translation>Штрихкоди</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="97"/>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="166"/>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="99"/>
        <source>Card number</source>
        <translation>Читацький квиток</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="100"/>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="101"/>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="102"/>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="103"/>
        <source>Birth year</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="104"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="105"/>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="126"/>
        <source>(assumed: the file does not tell)</source>
        <translation>(припущення: у файлі це не вказано)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="129"/>
        <source>(the file declares %1)</source>
        <translation>(файл заявляє %1)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="132"/>
        <source>Read as: %1.</source>
        <translation>Прочитано як: %1.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="137"/>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="138"/>
        <source>new</source>
        <translation>новий</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="139"/>
        <source>updated</source>
        <translation>оновиться</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="140"/>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="156"/>
        <source>(new)</source>
        <translation>(новий)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/import_preview.py" line="190"/>
        <source>…and %1 more problems.</source>
        <translation>…і ще проблем: %1.</translation>
    </message>
</context>
<context>
    <name>LaptopsTable</name>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="43"/>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="78"/>
        <source>Librarian</source>
        <translation>Бібліотекар</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="44"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="45"/>
        <source>Last sync</source>
        <translation>Остання синхронізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="46"/>
        <source>Days without sync</source>
        <translation>Днів без синхронізації</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="47"/>
        <source>Waiting to send</source>
        <translation>Чекали надсилання</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="48"/>
        <source>App version</source>
        <translation>Версія програми</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="49"/>
        <source>Clock</source>
        <translation>Годинник</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="50"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="58"/>
        <source>Laptops</source>
        <translation>Ноутбуки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="61"/>
        <source>«%1» has no laptops enrolled yet.</source>
        <translation>У хабі «%1» ще немає підключених ноутбуків.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="64"/>
        <source>Laptops of «%1»</source>
        <translation>Ноутбуки хабу «%1»</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="78"/>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="96"/>
        <source>(code issued %1, not used yet)</source>
        <translation>(код видано %1, ще не використано)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="99"/>
        <source>(has not synced yet)</source>
        <translation>(ще не синхронізувався)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="102"/>
        <source>Revoked</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="104"/>
        <source>No word from the server</source>
        <translation>Сервер про нього не повідомив</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="106"/>
        <source>Waiting for enrollment</source>
        <translation>Чекає на підключення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="108"/>
        <source>Quiet</source>
        <translation>Тиша</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="110"/>
        <source>Working</source>
        <translation>Працює</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="115"/>
        <source>Right</source>
        <translation>Правильний</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="117"/>
        <source>Ahead by %1</source>
        <translation>Поспішає на %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="118"/>
        <source>Behind by %1</source>
        <translation>Відстає на %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="122"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="124"/>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_laptops.py" line="125"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
</context>
<context>
    <name>LendingSettings</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/lending_settings.py" line="33"/>
        <source>Lending periods</source>
        <translation>Строки видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/lending_settings.py" line="40"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/lending_settings.py" line="45"/>
        <source>Save lending periods</source>
        <translation>Зберегти строки видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/lending_settings.py" line="63"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>LoanListDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="210"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="211"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="212"/>
        <source>Lent</source>
        <translation>Видано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="213"/>
        <source>Due</source>
        <translation>Повернути до</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="214"/>
        <source>Returned</source>
        <translation>Повернено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="215"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="221"/>
        <source>Lent again before a return was recorded</source>
        <translation>Видано повторно до запису про повернення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="222"/>
        <source>Returned without a recorded loan</source>
        <translation>Повернено без записаної видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="233"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="238"/>
        <source>Nothing to show.</source>
        <translation>Нічого немає.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="241"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message numerus="yes">
        <location filename="../../src/mandrivna/ui/status_bar.py" line="33"/>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="37"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mandrivna/ui/status_bar.py" line="33"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n хвилину</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="35"/>
        <source>The clock is %1 ahead: set the date and time</source>
        <translation>Годинник поспішає на %1: встановіть дату й час</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="38"/>
        <source>The clock is %1 behind: set the date and time</source>
        <translation>Годинник відстає на %1: встановіть дату й час</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="41"/>
        <source>The date is wrong: set the date and time</source>
        <translation>Дата неправильна: встановіть дату й час</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="42"/>
        <source>Hub: %1</source>
        <translation>Хаб: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="43"/>
        <source>Librarian: %1</source>
        <translation>Бібліотекар: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="45"/>
        <source>never</source>
        <translation>ще не було</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="45"/>
        <source>Last sync: %1</source>
        <translation>Остання синхронізація: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/status_bar.py" line="46"/>
        <source>Waiting to sync: %1</source>
        <translation>Очікують синхронізації: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="87"/>
        <source>Mandrivna — the travelling library</source>
        <translation>Мандрівна бібліотека</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="150"/>
        <location filename="../../src/mandrivna/ui/main_window.py" line="171"/>
        <source>Luhansk Regional Universal Scientific Library</source>
        <translation>Луганська обласна універсальна наукова бібліотека</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="93"/>
        <source>Readers</source>
        <translation>Читачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="94"/>
        <source>Lending desk</source>
        <translation>Видача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="95"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="96"/>
        <source>Parcels</source>
        <translation>Посилки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="97"/>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="98"/>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="100"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="101"/>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="102"/>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="103"/>
        <source>Hubs</source>
        <translation>Хаби</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="104"/>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="105"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="316"/>
        <source>Date and time</source>
        <translation>Дата й час</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="322"/>
        <source>Work recorded now would carry a wrong date. Set this laptop&apos;s date and time (and time zone) in the system settings, then go on.</source>
        <translation>Усе, що буде записано зараз, отримає неправильну дату. Встановіть дату й час (і часовий пояс) цього ноутбука в налаштуваннях системи, а тоді продовжуйте роботу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="334"/>
        <source>Today&apos;s backup was made and checked.</source>
        <translation>Сьогоднішню резервну копію зроблено й перевірено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="338"/>
        <source>The backup could not be copied to the second folder: {reason}</source>
        <translation>Копію не вдалося записати в другу теку: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/main_window.py" line="387"/>
        <source>Nothing more will be written to it. Close Mandrivna and open it again: it will offer the newest good backup, if there is one.</source>
        <translation>Більше нічого не буде записано в неї. Закрийте «Мандрівну» й відкрийте знову: програма запропонує найновішу справну резервну копію, якщо вона є.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="95"/>
        <source>Merge hubs</source>
        <translation>Об&apos;єднати хаби</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="102"/>
        <source>«%1» and the hub chosen below are one hub. Everything recorded under either name will count for the hub chosen, on every laptop after its next sync; the name «%1» is kept as another spelling of it.</source>
        <translation>«%1» і хаб, обраний нижче, — це один хаб. Усе, що записано під будь-якою з цих назв, рахуватиметься за обраним хабом на кожному ноутбуці після його наступної синхронізації; назва «%1» залишиться як ще одне написання його назви.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="109"/>
        <source>Merge into:</source>
        <translation>Об&apos;єднати з:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/hub_dialogs.py" line="113"/>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
</context>
<context>
    <name>MonthTotalsTable</name>
    <message>
        <location filename="../../src/mandrivna/ui/event_month_totals.py" line="23"/>
        <source>This month</source>
        <translation>За місяць</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_month_totals.py" line="23"/>
        <source>Events</source>
        <translation>Заходів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_month_totals.py" line="23"/>
        <source>Came</source>
        <translation>Прийшло</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_month_totals.py" line="65"/>
        <source>All events</source>
        <translation>Усі заходи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_month_totals.py" line="68"/>
        <source>By department</source>
        <translation>За відділами</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_month_totals.py" line="71"/>
        <source>Department not given</source>
        <translation>Відділ не вказано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_month_totals.py" line="72"/>
        <source>By hub</source>
        <translation>За хабами</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/event_month_totals.py" line="74"/>
        <source>Hub not given</source>
        <translation>Хаб не вказано</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/mandrivna/ui/navigation.py" line="94"/>
        <source>Hub not set</source>
        <translation>Хаб не вказано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/mandrivna/ui/navigation.py" line="97"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n зміна чекає синхронізації</numerusform>
            <numerusform>%n зміни чекають синхронізації</numerusform>
            <numerusform>%n змін чекають синхронізації</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/navigation.py" line="100"/>
        <source>Synced %1</source>
        <translation>Синхронізовано %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/navigation.py" line="103"/>
        <source>Not synced yet</source>
        <translation>Ще не синхронізовано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/navigation.py" line="104"/>
        <source>Last sync %1</source>
        <translation>Остання синхронізація %1</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="94"/>
        <source>Change the passphrase</source>
        <translation>Зміна парольної фрази</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="95"/>
        <source>Encrypt with a passphrase</source>
        <translation>Шифрування парольною фразою</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="101"/>
        <source>The database and every backup will be encrypted again with the new passphrase.</source>
        <translation>Базу даних і всі резервні копії буде знову зашифровано новою парольною фразою.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="107"/>
        <source>The database and every backup will be encrypted: without the passphrase no one can read the readers&apos; data, even with this laptop&apos;s disk in hand. The app asks for it at every start.</source>
        <translation>Базу даних і всі резервні копії буде зашифровано: без парольної фрази ніхто не зможе прочитати дані читачів, навіть маючи диск цього ноутбука. Програма запитуватиме її під час кожного запуску.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="115"/>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="116"/>
        <source>Encrypt</source>
        <translation>Зашифрувати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="123"/>
        <source>Current passphrase:</source>
        <translation>Поточна парольна фраза:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="41"/>
        <source>at least {count} characters</source>
        <translation>щонайменше {count} символів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="49"/>
        <source>Nothing can recover a forgotten passphrase: without it the data on this laptop and its backups cannot be read. Write it down and give the copy to the coordinator to keep somewhere safe. Data already synced stays safe on the server.</source>
        <translation>Забуту парольну фразу відновити неможливо: без неї дані на цьому ноутбуці та його резервні копії прочитати не вдасться. Запишіть її й передайте запис координаторові, щоб той зберігав його в надійному місці. Уже синхронізовані дані залишаються в безпеці на сервері.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="53"/>
        <source>Passphrase:</source>
        <translation>Парольна фраза:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="54"/>
        <source>Once more:</source>
        <translation>Ще раз:</translation>
    </message>
</context>
<context>
    <name>OverduePdf</name>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="32"/>
        <source>Reader</source>
        <translation>Читач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="33"/>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="34"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="35"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="36"/>
        <source>Copy</source>
        <translation>Примірник</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="37"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="38"/>
        <source>Due</source>
        <translation>Повернути до</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="39"/>
        <source>Days late</source>
        <translation>Днів прострочки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="54"/>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="84"/>
        <source>Overdue loans</source>
        <translation>Прострочені видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="88"/>
        <source>%1 · on %2 · %3 loans</source>
        <translation>%1 · на %2 · видач: %3</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/overdue_pdf.py" line="123"/>
        <source>Overdue loans · page %1 of %2</source>
        <translation>Прострочені видачі · сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="51"/>
        <source>Print (PDF)…</source>
        <translation>Друк (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="52"/>
        <source>Export (XLSX)…</source>
        <translation>Експорт (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="56"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="70"/>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="81"/>
        <source>All hubs</source>
        <translation>Усі хаби</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="94"/>
        <source>Overdue loans: %1</source>
        <translation>Прострочених видач: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="104"/>
        <source>Save the overdue list</source>
        <translation>Зберегти список прострочених видач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="106"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="117"/>
        <source>The overdue list could not be saved: %1</source>
        <translation>Не вдалося зберегти список прострочених видач: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="123"/>
        <source>Saved to %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="128"/>
        <source>Export the overdue list</source>
        <translation>Експортувати список прострочених видач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="130"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/overdue_view.py" line="143"/>
        <source>%1 loans exported to %2</source>
        <translation>Видач експортовано: %1, файл %2</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="49"/>
        <source>Lend anyway?</source>
        <translation>Все одно видати?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="54"/>
        <source>Why lend anyway (kept for the coordinator)</source>
        <translation>Чому видаєте (це побачить координатор)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="55"/>
        <source>Lend anyway</source>
        <translation>Все одно видати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="61"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>PackingListPdf</name>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="45"/>
        <source>(record deleted)</source>
        <translation>(запис видалено)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="62"/>
        <source>Packing list of parcel %1</source>
        <translation>Пакувальний лист посилки %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="75"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="76"/>
        <source>Barcode / ISBN</source>
        <translation>Штрихкод / ISBN</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="77"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="78"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="79"/>
        <source>Qty</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="105"/>
        <source>The travelling library</source>
        <translation>Мандрівна бібліотека</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="116"/>
        <source>Packing list of parcel No. %1</source>
        <translation>Пакувальний лист посилки № %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="122"/>
        <source>Destination hub:</source>
        <translation>Хаб призначення:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="124"/>
        <source>Carrier&apos;s waybill:</source>
        <translation>Накладна перевізника:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="125"/>
        <source>not sent yet</source>
        <translation>ще не надіслано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="127"/>
        <source>Formed on:</source>
        <translation>Сформовано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="128"/>
        <source>Sent on:</source>
        <translation>Надіслано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="129"/>
        <source>Status:</source>
        <translation>Стан:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="132"/>
        <source>Received on:</source>
        <translation>Отримано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="134"/>
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="162"/>
        <source>Parcel No. %1 · page %2 of %3</source>
        <translation>Посилка № %1 · сторінка %2 з %3</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="180"/>
        <source>Total: %1 lines, %2 books.</source>
        <translation>Усього: рядків — %1, книг — %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="186"/>
        <source>Handed over by:</source>
        <translation>Передав:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="187"/>
        <source>Received by:</source>
        <translation>Прийняв:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="201"/>
        <source>signature, full name</source>
        <translation>підпис, ПІБ</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/packing_list_pdf.py" line="205"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
</context>
<context>
    <name>ParcelDetailPanel</name>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="70"/>
        <source>Destination hub:</source>
        <translation>Хаб призначення:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="71"/>
        <source>Waybill:</source>
        <translation>Накладна:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="72"/>
        <source>Formed on:</source>
        <translation>Сформовано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="73"/>
        <source>Sent on:</source>
        <translation>Надіслано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="74"/>
        <source>Received on:</source>
        <translation>Отримано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="85"/>
        <source>Barcode / ISBN</source>
        <translation>Штрихкод / ISBN</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="85"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="85"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="86"/>
        <source>Qty</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="90"/>
        <source>Scan a copy&apos;s barcode, or type it and press Enter</source>
        <translation>Відскануйте штрихкод примірника або введіть його й натисніть Enter</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="95"/>
        <source>Add to the parcel</source>
        <translation>Додати до посилки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="97"/>
        <source>Copy (Ctrl+B):</source>
        <translation>Примірник (Ctrl+B):</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="102"/>
        <source>Remove line (Del)</source>
        <translation>Вилучити рядок (Del)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="103"/>
        <source>Quantity…</source>
        <translation>Кількість…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="104"/>
        <source>Send…</source>
        <translation>Надіслати…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="105"/>
        <source>Confirm receipt…</source>
        <translation>Підтвердити отримання…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="106"/>
        <source>Print packing list (Ctrl+P)</source>
        <translation>Друкувати пакувальний лист (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="107"/>
        <source>Delete parcel…</source>
        <translation>Видалити посилку…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="136"/>
        <source>Choose a parcel on the left, or form a new one (Ctrl+N).</source>
        <translation>Виберіть посилку ліворуч або сформуйте нову (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="139"/>
        <source>Parcel No. {number} — {status}</source>
        <translation>Посилка № {number} — {status}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="157"/>
        <source>{code} (on loan)</source>
        <translation>{code} (виданий)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="160"/>
        <source>(record deleted)</source>
        <translation>(запис видалено)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_detail_panel.py" line="172"/>
        <source>Lines: {lines}. Books: {books}.</source>
        <translation>Рядків: {lines}. Книг: {books}.</translation>
    </message>
</context>
<context>
    <name>ParcelListPanel</name>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_list_panel.py" line="32"/>
        <source>All parcels</source>
        <translation>Усі посилки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_list_panel.py" line="35"/>
        <source>New parcel (Ctrl+N)</source>
        <translation>Нова посилка (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_list_panel.py" line="39"/>
        <source>No parcels yet. Form one with «New parcel» (Ctrl+N) and add books to it.</source>
        <translation>Посилок ще немає. Сформуйте посилку кнопкою «Нова посилка» (Ctrl+N) і додайте до неї книжки.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_list_panel.py" line="42"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_list_panel.py" line="42"/>
        <source>Destination hub</source>
        <translation>Хаб призначення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_list_panel.py" line="42"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_list_panel.py" line="43"/>
        <source>Books</source>
        <translation>Книг</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_list_panel.py" line="83"/>
        <source>Parcels: {count}.</source>
        <translation>Посилок: {count}.</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="55"/>
        <source>Parcels</source>
        <translation>Посилки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="180"/>
        <source>New parcel</source>
        <translation>Нова посилка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="181"/>
        <source>Which hub does the parcel go to?</source>
        <translation>До якого хабу йде посилка?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="193"/>
        <source>Parcel formed. Scan the copies that go in it.</source>
        <translation>Посилку сформовано. Відскануйте примірники, які до неї входять.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="212"/>
        <source>Added {code}.</source>
        <translation>Додано {code}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="219"/>
        <source>Find the title first, then choose it in the list.</source>
        <translation>Спершу знайдіть назву, потім виберіть її у списку.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="225"/>
        <source>Added {count} × {title}.</source>
        <translation>Додано {count} × «{title}».</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="245"/>
        <source>Line removed.</source>
        <translation>Рядок вилучено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="253"/>
        <source>A scanned copy is one book; scan each copy that goes.</source>
        <translation>Відсканований примірник — це одна книга; скануйте кожен примірник, що йде в посилку.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="257"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="258"/>
        <source>How many books of «{title}»?</source>
        <translation>Скільки книг «{title}»?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="266"/>
        <source>Quantity changed.</source>
        <translation>Кількість змінено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="275"/>
        <source>Delete parcel</source>
        <translation>Видалити посилку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="278"/>
        <source>Delete parcel {number}? Its books stay in the catalogue where they are.</source>
        <translation>Видалити посилку {number}? Її книги залишаться в каталозі там, де вони є.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="284"/>
        <source>Parcel deleted.</source>
        <translation>Посилку видалено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="311"/>
        <source>Sent. Its copies are in transit until the hub confirms receipt.</source>
        <translation>Надіслано. Примірники в дорозі, доки хаб не підтвердить отримання.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="320"/>
        <source>Confirm receipt</source>
        <translation>Підтвердження отримання</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="324"/>
        <source>Did parcel {number} arrive at {hub}? Its copies will be recorded at {hub} and available for lending.</source>
        <translation>Посилка {number} надійшла за призначенням ({hub})? Її примірники буде обліковано там ({hub}), і їх можна буде видавати.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="330"/>
        <source>Receipt confirmed: the copies are now at {hub}.</source>
        <translation>Отримання підтверджено: примірники тепер обліковано за місцем призначення ({hub}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="342"/>
        <source>Save the packing list</source>
        <translation>Зберегти пакувальний лист</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="344"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="358"/>
        <source>The packing list could not be saved: {error}</source>
        <translation>Не вдалося зберегти пакувальний лист: {error}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/parcels_page.py" line="364"/>
        <source>The packing list was saved to {path}.</source>
        <translation>Пакувальний лист збережено у файл {path}.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="68"/>
        <source>Encrypted data</source>
        <translation>Зашифровані дані</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/passphrase_dialogs.py" line="78"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../src/mandrivna/ui/report_period_picker.py" line="29"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_period_picker.py" line="30"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_period_picker.py" line="31"/>
        <source>From the start of the year</source>
        <translation>З початку року</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_period_picker.py" line="32"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_period_picker.py" line="33"/>
        <source>Days</source>
        <translation>Дні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_period_picker.py" line="46"/>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_period_picker.py" line="73"/>
        <source>Quarter %1</source>
        <translation>%1 квартал</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="76"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="88"/>
        <source>Load the 2024 plan (example)</source>
        <translation>Завантажити план на 2024 рік (зразок)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="94"/>
        <source>The targets of the library&apos;s 2024 plan, and the figures it gives as done in 2022 and 2023. Loading again replaces them; nothing is added twice.</source>
        <translation>Планові показники бібліотеки на 2024 рік і виконання 2022 та 2023 років, як їх подано в плані. Повторне завантаження замінює їх; нічого не додається двічі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="96"/>
        <source>Year:</source>
        <translation>Рік:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="101"/>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="101"/>
        <source>Figure</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="101"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="102"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="102"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="114"/>
        <source>The whole library</source>
        <translation>Уся бібліотека</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="117"/>
        <source>Save figure (Ctrl+S)</source>
        <translation>Зберегти показник (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="118"/>
        <source>Delete figure (Del)</source>
        <translation>Видалити показник (Del)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="121"/>
        <source>Indicator:</source>
        <translation>Показник:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="125"/>
        <source>Figure, period:</source>
        <translation>Що, період:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="126"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="127"/>
        <source>Value:</source>
        <translation>Значення:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="131"/>
        <source>Targets and figures done</source>
        <translation>Планові показники та виконання</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="181"/>
        <source>whole library</source>
        <translation>уся бібліотека</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="215"/>
        <source>The 2024 plan and the figures done in 2022 and 2023 are loaded.</source>
        <translation>План на 2024 рік і виконання 2022 та 2023 років завантажено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="227"/>
        <source>Figure saved.</source>
        <translation>Показник збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="232"/>
        <source>Choose a figure in the list first.</source>
        <translation>Спершу виберіть показник у списку.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="236"/>
        <source>Figure deleted.</source>
        <translation>Показник видалено.</translation>
    </message>
</context>
<context>
    <name>ReaderActionsPanel</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_actions_panel.py" line="22"/>
        <source>Serve at the desk (Ctrl+D)</source>
        <translation>На видачу (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_actions_panel.py" line="23"/>
        <source>Edit (Ctrl+E)</source>
        <translation>Редагувати (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_actions_panel.py" line="26"/>
        <source>Print card (Ctrl+P)</source>
        <translation>Друкувати квиток (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_actions_panel.py" line="27"/>
        <source>Export personal data…</source>
        <translation>Експорт персональних даних…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_actions_panel.py" line="28"/>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_actions_panel.py" line="57"/>
        <source>Re-register for {year} (Ctrl+R)</source>
        <translation>Перереєструвати на {year} (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_actions_panel.py" line="61"/>
        <source>Unblock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_actions_panel.py" line="61"/>
        <source>Block…</source>
        <translation>Заблокувати…</translation>
    </message>
</context>
<context>
    <name>ReaderActivityTabs</name>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="58"/>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="75"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="58"/>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="76"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="58"/>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="77"/>
        <source>Lent</source>
        <translation>Видано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="58"/>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="78"/>
        <source>Due</source>
        <translation>Повернути до</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="59"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="79"/>
        <source>Returned</source>
        <translation>Повернено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="80"/>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="85"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="85"/>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="92"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="85"/>
        <source>Event</source>
        <translation>Захід</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="90"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="90"/>
        <source>Sessions attended</source>
        <translation>Відвідано занять</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="90"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="92"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="92"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="136"/>
        <source>On loan</source>
        <translation>На руках</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="137"/>
        <source>Loan history</source>
        <translation>Історія видач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="138"/>
        <source>Visits and events</source>
        <translation>Відвідування й заходи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="139"/>
        <source>Courses</source>
        <translation>Курси</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="140"/>
        <source>Blocks</source>
        <translation>Блокування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="148"/>
        <source>Lent again before a return was recorded</source>
        <translation>Видано повторно до запису про повернення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="150"/>
        <source>Returned without a recorded loan</source>
        <translation>Повернено без записаної видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="150"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="195"/>
        <source>Visits in {year}: stationary {stationary}, non-stationary {non_stationary}, remote {remote}.</source>
        <translation>Відвідування у {year} році: стаціонарні — {stationary}, позастаціонарні — {non_stationary}, віддалені — {remote}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="208"/>
        <source>{attended} of {required}</source>
        <translation>{attended} з {required}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="212"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="214"/>
        <source>Withdrawn</source>
        <translation>Вибув</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="215"/>
        <source>In progress</source>
        <translation>Навчається</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="225"/>
        <source>Blocked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_activity_tabs.py" line="225"/>
        <source>Unblocked</source>
        <translation>Розблоковано</translation>
    </message>
</context>
<context>
    <name>ReaderCardPdf</name>
    <message>
        <location filename="../../src/mandrivna/ui/printing/reader_card_pdf.py" line="62"/>
        <source>The travelling library</source>
        <translation>Мандрівна бібліотека</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/reader_card_pdf.py" line="74"/>
        <source>READER&apos;S CARD</source>
        <translation>ЧИТАЦЬКИЙ КВИТОК</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/reader_card_pdf.py" line="78"/>
        <source>Registered at: %1</source>
        <translation>Місце реєстрації: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/printing/reader_card_pdf.py" line="126"/>
        <source>Reader cards</source>
        <translation>Читацькі квитки</translation>
    </message>
</context>
<context>
    <name>ReaderDetail</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="36"/>
        <source>Card:</source>
        <translation>Квиток:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="37"/>
        <source>Born:</source>
        <translation>Рік народження:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="38"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="39"/>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="40"/>
        <source>Messenger:</source>
        <translation>Месенджер:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="41"/>
        <source>Settlement:</source>
        <translation>Населений пункт:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="42"/>
        <source>Categories:</source>
        <translation>Категорії:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="43"/>
        <source>Registered:</source>
        <translation>Зареєстровано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="44"/>
        <source>Registration years:</source>
        <translation>Роки реєстрації:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="45"/>
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="59"/>
        <source>No reader selected</source>
        <translation>Читача не вибрано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="66"/>
        <source>Blocked: {reason}</source>
        <translation>Заблоковано: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="87"/>
        <source>{phone} (not a Ukrainian number)</source>
        <translation>{phone} (не український номер)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_detail.py" line="92"/>
        <source>Not re-registered for {year} yet.</source>
        <translation>Ще не перереєстровано на {year} рік.</translation>
    </message>
</context>
<context>
    <name>ReaderDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="79"/>
        <source>New reader</source>
        <translation>Новий читач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="79"/>
        <source>Edit reader</source>
        <translation>Редагування читача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="86"/>
        <source>Not a Ukrainian number: it will be kept as typed.</source>
        <translation>Не схоже на український номер: його буде збережено так, як введено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="94"/>
        <source>The reader consents to the processing of personal data</source>
        <translation>Читач дає згоду на обробку персональних даних</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="106"/>
        <source>Register</source>
        <translation>Зареєструвати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="107"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="108"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="124"/>
        <source>Surname:</source>
        <translation>Прізвище:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="125"/>
        <source>Given name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="126"/>
        <source>Patronymic:</source>
        <translation>По батькові:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="127"/>
        <source>Birth year:</source>
        <translation>Рік народження:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="128"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="130"/>
        <source>E-mail:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="131"/>
        <source>Messenger:</source>
        <translation>Месенджер:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="132"/>
        <source>Settlement:</source>
        <translation>Населений пункт:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="136"/>
        <source>Categories:</source>
        <translation>Категорії:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="137"/>
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="144"/>
        <source>Consent to personal-data processing given on {date}.</source>
        <translation>Згоду на обробку персональних даних надано {date}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="211"/>
        <source>This person may already be registered:</source>
        <translation>Можливо, цю людину вже зареєстровано:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="222"/>
        <source>Possible duplicate</source>
        <translation>Можливий дублікат</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_dialog.py" line="223"/>
        <source>This person may already be registered. Register a new reader anyway?</source>
        <translation>Можливо, цю людину вже зареєстровано. Все одно зареєструвати нового читача?</translation>
    </message>
</context>
<context>
    <name>ReaderLoans</name>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="27"/>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="74"/>
        <source>No reader: scan a card to lend.</source>
        <translation>Читача не вибрано: зіскануйте квиток, щоб видати.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="37"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="38"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="39"/>
        <source>Due</source>
        <translation>Повернути до</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="40"/>
        <source>Renewed</source>
        <translation>Продовжено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="41"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="50"/>
        <source>Renew selected (Ctrl+R)</source>
        <translation>Продовжити вибране (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="51"/>
        <source>Renew all (Ctrl+Shift+R)</source>
        <translation>Продовжити все (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="52"/>
        <source>History (Ctrl+H)</source>
        <translation>Історія (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="53"/>
        <source>Next reader (Esc)</source>
        <translation>Наступний читач (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="80"/>
        <source>On loan: {n}.</source>
        <translation>На руках: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="82"/>
        <source>Overdue: {n}.</source>
        <translation>Прострочено: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="84"/>
        <source>Blocked: {reason}</source>
        <translation>Заблоковано: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="110"/>
        <source>Lent again at another hub before this return was recorded</source>
        <translation>Видано повторно на іншому хабі до запису про повернення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_loans_panel.py" line="112"/>
        <source>Returned without a recorded loan</source>
        <translation>Повернено без записаної видачі</translation>
    </message>
</context>
<context>
    <name>ReaderResults</name>
    <message>
        <location filename="../../src/mandrivna/ui/reader_results.py" line="20"/>
        <source>Card</source>
        <translation>Квиток</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_results.py" line="20"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_results.py" line="20"/>
        <source>Born</source>
        <translation>Р. н.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_results.py" line="20"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_results.py" line="21"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/reader_results.py" line="49"/>
        <source>Did you mean:</source>
        <translation>Можливо, ви мали на увазі:</translation>
    </message>
</context>
<context>
    <name>ReadersPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="63"/>
        <source>Readers</source>
        <translation>Читачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="76"/>
        <source>Name, card number or phone — or scan a card (Ctrl+F)</source>
        <translation>Ім’я, квиток чи телефон (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="78"/>
        <source>New reader (Ctrl+N)</source>
        <translation>Новий читач (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="79"/>
        <source>Import…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="80"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="92"/>
        <source>No readers to show. Type a name, card or phone above, or register a new reader with «New reader» (Ctrl+N).</source>
        <translation>Немає кого показати. Введіть вище ім&apos;я, номер квитка чи телефон або зареєструйте нового читача кнопкою «Новий читач» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="200"/>
        <source>Register a new reader «{name}»</source>
        <translation>Зареєструвати нового читача «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="202"/>
        <source>Found: {found}. Readers registered: {total}.</source>
        <translation>Знайдено: {found}. Зареєстровано читачів: {total}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="206"/>
        <source>Similar names: {n}.</source>
        <translation>Схожих прізвищ: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="294"/>
        <source>Imported.</source>
        <translation>Імпортовано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="314"/>
        <source>Registered.</source>
        <translation>Зареєстровано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="324"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="333"/>
        <source>Re-registered.</source>
        <translation>Перереєстровано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="342"/>
        <source>Unblocked.</source>
        <translation>Розблоковано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="346"/>
        <source>Block reader</source>
        <translation>Блокування читача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="347"/>
        <source>Why is the reader blocked?</source>
        <translation>Чому читача блокують?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="351"/>
        <source>Blocked.</source>
        <translation>Заблоковано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="360"/>
        <source>Delete reader</source>
        <translation>Видалення читача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="364"/>
        <source>Delete {name} from the registration file? Their personal data is erased on every laptop; the anonymous counts stay in the reports.</source>
        <translation>Видалити {name} з реєстраційної картотеки? Персональні дані буде стерто на всіх ноутбуках; знеособлені підсумки у звітах залишаться.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/readers_page.py" line="369"/>
        <source>Deleted.</source>
        <translation>Видалено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_files.py" line="49"/>
        <source>The reader&apos;s data was saved to {path}. Give it only to the reader.</source>
        <translation>Дані читача збережено у файл {path}. Передайте його лише читачеві.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_files.py" line="20"/>
        <source>Export personal data</source>
        <translation>Експорт персональних даних</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_files.py" line="26"/>
        <source>The file will hold all personal data of {name}: registration, loans, events, reference help. Save it only where the reader can take it, and delete it afterwards. Continue?</source>
        <translation>Файл міститиме всі персональні дані: {name} — реєстрацію, видачі, заходи, довідки. Збережіть його лише туди, звідки читач його забере, і потім видаліть. Продовжити?</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_files.py" line="40"/>
        <source>Save the reader&apos;s data</source>
        <translation>Зберегти дані читача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_files.py" line="42"/>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_files.py" line="55"/>
        <source>Save the reader card</source>
        <translation>Зберегти читацький квиток</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_files.py" line="57"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_files.py" line="70"/>
        <source>The card could not be saved: {error}</source>
        <translation>Квиток не вдалося зберегти: {error}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reader_files.py" line="71"/>
        <source>The card was saved to {path}.</source>
        <translation>Квиток збережено у файл {path}.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="59"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="68"/>
        <source>Authors:</source>
        <translation>Автори:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="69"/>
        <source>Published:</source>
        <translation>Вихідні дані:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="70"/>
        <source>ISBN:</source>
        <translation>ISBN:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="71"/>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="72"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="73"/>
        <source>UDC:</source>
        <translation>УДК:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="74"/>
        <source>Subjects:</source>
        <translation>Рубрики:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="75"/>
        <source>URL:</source>
        <translation>Вебадреса:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="93"/>
        <source>Edit record…</source>
        <translation>Змінити запис…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="94"/>
        <source>Enter or Ctrl+E</source>
        <translation>Enter або Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="95"/>
        <source>Delete record…</source>
        <translation>Видалити запис…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="96"/>
        <source>Delete key in the list</source>
        <translation>Клавіша Delete у списку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="107"/>
        <source>Copies</source>
        <translation>Примірники</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="112"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="113"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="114"/>
        <source>Acquired</source>
        <translation>Надходження</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="115"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="116"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="124"/>
        <source>Add copies…</source>
        <translation>Додати примірники…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="125"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="126"/>
        <source>Edit copy…</source>
        <translation>Змінити примірник…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="127"/>
        <source>Enter in the list of copies</source>
        <translation>Enter у списку примірників</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="128"/>
        <source>Delete copy…</source>
        <translation>Видалити примірник…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="129"/>
        <source>Delete key in the list of copies</source>
        <translation>Клавіша Delete у списку примірників</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_detail.py" line="144"/>
        <source>Choose a record in the list to see it and its copies here.</source>
        <translation>Виберіть запис у списку — тут з’являться його дані та примірники.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="41"/>
        <source>New record</source>
        <translation>Новий бібліографічний запис</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="41"/>
        <source>Edit record</source>
        <translation>Зміна бібліографічного запису</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="45"/>
        <source>Surname, Name; Surname, Name</source>
        <translation>Прізвище, Ім’я; Прізвище, Ім’я</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="52"/>
        <source>10 or 13 digits, with or without hyphens</source>
        <translation>10 або 13 цифр, з дефісами чи без</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="60"/>
        <source>e.g. 821.161.2</source>
        <translation>напр. 821.161.2</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="62"/>
        <source>Subject; subject</source>
        <translation>Рубрика; рубрика</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="81"/>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="82"/>
        <source>Authors:</source>
        <translation>Автори:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="83"/>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="84"/>
        <source>Publisher:</source>
        <translation>Видавництво:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="85"/>
        <source>Place:</source>
        <translation>Місце видання:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="86"/>
        <source>Year:</source>
        <translation>Рік:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="87"/>
        <source>ISBN:</source>
        <translation>ISBN:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="89"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="90"/>
        <source>UDC:</source>
        <translation>УДК:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="91"/>
        <source>Subjects:</source>
        <translation>Рубрики:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="92"/>
        <source>Web address (URL):</source>
        <translation>Вебадреса (URL):</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="127"/>
        <source>Required for an online resource</source>
        <translation>Обов’язково для онлайн-ресурсу</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/record_dialog.py" line="144"/>
        <source>Correct: %1</source>
        <translation>Правильний: %1</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_list.py" line="46"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_list.py" line="47"/>
        <source>Authors</source>
        <translation>Автори</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_list.py" line="48"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_list.py" line="49"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_list.py" line="50"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_list.py" line="51"/>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_list.py" line="52"/>
        <source>Hubs</source>
        <translation>Хаби</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/record_list.py" line="71"/>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="34"/>
        <source>Military families</source>
        <translation>Родини військових</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="35"/>
        <source>Librarians</source>
        <translation>Бібліотекарі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="53"/>
        <source>Jan</source>
        <translation>січ</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="54"/>
        <source>Feb</source>
        <translation>лют</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="55"/>
        <source>Mar</source>
        <translation>бер</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="56"/>
        <source>Apr</source>
        <translation>кві</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="57"/>
        <source>May</source>
        <translation>тра</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="58"/>
        <source>Jun</source>
        <translation>чер</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="59"/>
        <source>Jul</source>
        <translation>лип</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="60"/>
        <source>Aug</source>
        <translation>сер</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="61"/>
        <source>Sep</source>
        <translation>вер</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="62"/>
        <source>Oct</source>
        <translation>жов</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="63"/>
        <source>Nov</source>
        <translation>лис</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="64"/>
        <source>Dec</source>
        <translation>гру</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="122"/>
        <source>Visits by channel per month</source>
        <translation>Відвідування за каналами по місяцях</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="124"/>
        <source>Non-stationary</source>
        <translation>Нестаціонарні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="125"/>
        <source>Remote</source>
        <translation>Дистанційні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="126"/>
        <source>Virtual</source>
        <translation>Віртуальні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="127"/>
        <source>Stationary</source>
        <translation>Стаціонарні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="138"/>
        <source>Loans and e-loans per month</source>
        <translation>Книговидача й електронні видачі по місяцях</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="140"/>
        <source>Printed loans</source>
        <translation>Друковані</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="141"/>
        <source>E-loans</source>
        <translation>Електронні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="142"/>
        <source>Used in the hub</source>
        <translation>У хабі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="143"/>
        <source>Free internet resources</source>
        <translation>Вільні ресурси</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="154"/>
        <source>Event attendance by audience group</source>
        <translation>Відвідування заходів за групами аудиторії</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="160"/>
        <source>People</source>
        <translation>Осіб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="169"/>
        <source>Plan progress, % of the year&apos;s target</source>
        <translation>Виконання плану, % річного показника</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="173"/>
        <source>Plan progress: no targets entered for the year</source>
        <translation>Виконання плану: показників на рік не внесено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="184"/>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="185"/>
        <source>Expected by now</source>
        <translation>Очікувано на цей час</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="208"/>
        <source>Done: %1 of %2 (%3%)</source>
        <translation>Виконано: %1 з %2 (%3%)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="215"/>
        <source>Expected by now: %1 (%2%)</source>
        <translation>Очікувано на цей час: %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="230"/>
        <source>Per hub</source>
        <translation>За хабами</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="232"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="233"/>
        <source>Loans</source>
        <translation>Книговидача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="234"/>
        <source>Event attendance</source>
        <translation>Відвідування заходів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_charts.py" line="235"/>
        <source>Readers served</source>
        <translation>Обслужені читачі</translation>
    </message>
</context>
<context>
    <name>ReportDetailDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="26"/>
        <source>at a hub</source>
        <translation>у хабі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="27"/>
        <source>remote</source>
        <translation>дистанційно</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="30"/>
        <source>in the library&apos;s premises</source>
        <translation>у приміщенні бібліотеки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="32"/>
        <source>served at the desk</source>
        <translation>обслуговування на видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="33"/>
        <source>counted at the desk</source>
        <translation>враховано на видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="36"/>
        <source>checked in at an event</source>
        <translation>відмічений на заході</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="38"/>
        <source>consultation</source>
        <translation>консультація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="39"/>
        <source>registration</source>
        <translation>реєстрація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="40"/>
        <source>e-loan</source>
        <translation>електронна видача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="41"/>
        <source>visit</source>
        <translation>відвідування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="42"/>
        <source>loan</source>
        <translation>видача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="43"/>
        <source>registered</source>
        <translation>зареєстрований</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="44"/>
        <source>re-registered</source>
        <translation>перереєстрований</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="47"/>
        <source>served without a card</source>
        <translation>обслужені без квитка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="49"/>
        <source>used in the hub</source>
        <translation>використано в хабі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="68"/>
        <source>%1 records, counting %2.</source>
        <translation>Записів: %1, разом: %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="72"/>
        <source>No records behind this figure (it is entered, or nothing was done).</source>
        <translation>За цим показником записів немає (його внесено вручну або нічого не зроблено).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="77"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="77"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="77"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="77"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_detail_dialog.py" line="78"/>
        <source>Counts</source>
        <translation>Враховано</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="54"/>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="60"/>
        <source>&amp;Show</source>
        <translation>По&amp;казати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="63"/>
        <source>&amp;Hub:</source>
        <translation>&amp;Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="94"/>
        <source>&amp;Records behind the figure…</source>
        <translation>&amp;Записи за показником…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="95"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Зберегти як &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="96"/>
        <source>Save as &amp;CSV…</source>
        <translation>Зберегти як &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="97"/>
        <source>Save as P&amp;DF…</source>
        <translation>Зберегти як P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="122"/>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="133"/>
        <source>Counting the figures of days not counted yet: %1 of %2…</source>
        <translation>Підрахунок показників за ще не враховані дні: %1 з %2…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="172"/>
        <source>Report for %1, %2.</source>
        <translation>Звіт за %1, %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="182"/>
        <source>How it is counted: %1</source>
        <translation>Як рахується: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="205"/>
        <source>Save the report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="224"/>
        <source>Saved to %1.</source>
        <translation>Збережено у %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="64"/>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="71"/>
        <source>Review queue</source>
        <translation>Черга перевірки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="73"/>
        <source>Duplicate readers</source>
        <translation>Дублікати читачів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="75"/>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="94"/>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="97"/>
        <source>Show decided items</source>
        <translation>Показати вирішені</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="108"/>
        <source>Keep (Ctrl+K)</source>
        <translation>Залишити (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="109"/>
        <source>Take the other value (Ctrl+O)</source>
        <translation>Взяти інше значення (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="110"/>
        <source>Correct the record… (Ctrl+E)</source>
        <translation>Виправити запис… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="111"/>
        <source>Dismiss (Ctrl+D)</source>
        <translation>Відхилити (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="118"/>
        <source>These are your hub&apos;s items the coordinator reviews; decisions are taken on the coordinator&apos;s laptop.</source>
        <translation>Тут випадки вашого хабу, які перевіряє координатор; рішення ухвалюють на ноутбуці координатора.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="122"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="124"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="170"/>
        <source>All hubs</source>
        <translation>Усі хаби</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="230"/>
        <source>Items: %1</source>
        <translation>Випадків: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/review_page.py" line="309"/>
        <source>Decided: %1 — %2.</source>
        <translation>Вирішено: %1 — %2.</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/saving_dialog.py" line="36"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/saving_dialog.py" line="38"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>SendParcelDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/send_parcel_dialog.py" line="28"/>
        <source>Send parcel %1</source>
        <translation>Надіслати посилку %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/send_parcel_dialog.py" line="34"/>
        <source>Parcel %1 goes to %2. Its copies will be in transit until the hub confirms it.</source>
        <translation>Посилка %1 йде за призначенням: %2. Її примірники будуть у дорозі, доки хаб не підтвердить отримання.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/send_parcel_dialog.py" line="39"/>
        <source>e.g. 20450012345678</source>
        <translation>напр. 20450012345678</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/send_parcel_dialog.py" line="45"/>
        <source>Carrier&apos;s waybill number:</source>
        <translation>Номер накладної перевізника:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/send_parcel_dialog.py" line="46"/>
        <source>Sent on:</source>
        <translation>Дата відправлення:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/send_parcel_dialog.py" line="51"/>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_session_bar.py" line="17"/>
        <source>Venue (optional)</source>
        <translation>Місце (необов’язково)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_session_bar.py" line="21"/>
        <source>Non-stationary (hub, mobile)</source>
        <translation>Позастаціонарно (хаб, виїзне)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_session_bar.py" line="22"/>
        <source>Stationary (library premises)</source>
        <translation>Стаціонарно (приміщення бібліотеки)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_session_bar.py" line="23"/>
        <source>Open session (Ctrl+O)</source>
        <translation>Відкрити зміну (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_session_bar.py" line="24"/>
        <source>Close session…</source>
        <translation>Закрити зміну…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_session_bar.py" line="41"/>
        <source>No service session is open. Open one to start the day.</source>
        <translation>Зміну не відкрито. Відкрийте її, щоб почати день.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_session_bar.py" line="45"/>
        <source>Session: {place}, {day}, {librarian}</source>
        <translation>Зміна: {place}, {day}, {librarian}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="38"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="50"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="60"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="70"/>
        <source>Hub (service point):</source>
        <translation>Хаб (пункт обслуговування):</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="71"/>
        <source>Librarian:</source>
        <translation>Бібліотекар:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="72"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="79"/>
        <source>This laptop:</source>
        <translation>Цей ноутбук:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="110"/>
        <source>{hub}, librarian {librarian}</source>
        <translation>{hub}, бібліотекар {librarian}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="114"/>
        <source>Device id: {id}</source>
        <translation>Ідентифікатор пристрою: {id}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="137"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/settings_page.py" line="139"/>
        <source>The new language is used from the next start of the app.</source>
        <translation>Нова мова застосується після перезапуску програми.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="171"/>
        <source>The day&apos;s summary</source>
        <translation>Підсумки дня</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="174"/>
        <source>Readers served</source>
        <translation>Обслуговано читачів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="175"/>
        <source>Visits, stationary</source>
        <translation>Стаціонарні відвідування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="176"/>
        <source>Visits, non-stationary</source>
        <translation>Відвідування позастаціонарні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="177"/>
        <source>Visits, remote</source>
        <translation>Відвідування віддалені</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="178"/>
        <source>Loans</source>
        <translation>Видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="179"/>
        <source>Returns</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="180"/>
        <source>Renewals</source>
        <translation>Продовження</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="181"/>
        <source>Electronic loans</source>
        <translation>Електронні видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="182"/>
        <source>Free internet resources</source>
        <translation>Безкоштовні (відкриті) інтернет-ресурси</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="183"/>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="184"/>
        <source>Reference questions</source>
        <translation>Довідки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="185"/>
        <source>Events</source>
        <translation>Заходи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="194"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="52"/>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="62"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="68"/>
        <source>e.g. K7QM-2XHP-9RTA</source>
        <translation>напр. K7QM-2XHP-9RTA</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="69"/>
        <source>Connect</source>
        <translation>Підключити</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="71"/>
        <source>Connect to another server</source>
        <translation>Підключити до іншого сервера</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="79"/>
        <source>Server address:</source>
        <translation>Адреса сервера:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="80"/>
        <source>Code from the coordinator:</source>
        <translation>Код від координатора:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="94"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="100"/>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="102"/>
        <source>Write changes to a USB stick…</source>
        <translation>Записати зміни на флешку…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="104"/>
        <source>Import a bundle from a USB stick…</source>
        <translation>Імпортувати пакет із флешки…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="112"/>
        <source>While the server can be reached, this laptop syncs by itself every 5 minutes. Records are never lost when there is no link: they wait here and go at the next sync.</source>
        <translation>Коли сервер доступний, ноутбук синхронізується сам кожні 5 хвилин. Без зв’язку записи не губляться: вони чекають тут і підуть під час наступної синхронізації.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="116"/>
        <source>Last sync:</source>
        <translation>Остання синхронізація:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="117"/>
        <source>Waiting to be sent:</source>
        <translation>Очікують надсилання:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="144"/>
        <source>This laptop is not connected to a sync server yet. Enter the server address and the one-time code the coordinator gave you.</source>
        <translation>Цей ноутбук ще не підключено до сервера синхронізації. Введіть адресу сервера й одноразовий код, який дав координатор.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="148"/>
        <source>Connected to %1 as %2.</source>
        <translation>Підключено до %1 як %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="165"/>
        <source>never</source>
        <translation>ще не було</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="176"/>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="183"/>
        <source>Connected. The first sync starts now.</source>
        <translation>Підключено. Перша синхронізація почалася.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="201"/>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="220"/>
        <source>Sending: %1 of %2</source>
        <translation>Надсилання: %1 з %2</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="222"/>
        <source>Receiving: %1 of %2</source>
        <translation>Отримано: %1 з %2</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="224"/>
        <source>Receiving: %1</source>
        <translation>Отримано: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="228"/>
        <source>about %1 min %2 s left</source>
        <translation>лишилося близько %1 хв %2 с</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="231"/>
        <source>about %1 s left</source>
        <translation>лишилося близько %1 с</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="243"/>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>Синхронізовано: надіслано %1, отримано %2.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="247"/>
        <source>%1 conflicting edits were kept for the coordinator.</source>
        <translation>Суперечливих редагувань збережено для координатора: %1.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="253"/>
        <source>This laptop&apos;s clock is wrong: set the date and time.</source>
        <translation>Годинник ноутбука налаштовано неправильно: встановіть дату й час.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="262"/>
        <source>Write changes to a USB stick</source>
        <translation>Записати зміни на флешку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="264"/>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="282"/>
        <source>Mandrivna bundles (*.bundle)</source>
        <translation>Пакети «Мандрівної» (*.bundle)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="270"/>
        <source>Writing…</source>
        <translation>Запис…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="274"/>
        <source>Wrote %1 changes to %2. Take the file to the coordinator.</source>
        <translation>Записано змін: %1 до файлу %2. Передайте файл координатору.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="281"/>
        <source>Import a bundle</source>
        <translation>Імпорт пакета</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="292"/>
        <source>Importing the bundle…</source>
        <translation>Імпорт пакета…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/sync_page.py" line="301"/>
        <source>The bundle brought %1 new changes.</source>
        <translation>Нових змін із пакета: %1.</translation>
    </message>
</context>
<context>
    <name>TallyBox</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="80"/>
        <source>Anonymous visits today</source>
        <translation>Анонімні відвідування сьогодні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="82"/>
        <source>Stationary +1 (F6)</source>
        <translation>Стаціонарні +1 (F6)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="83"/>
        <source>Non-stationary +1 (F7)</source>
        <translation>Позастаціонарні +1 (F7)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="84"/>
        <source>Remote +1 (F8)</source>
        <translation>Віддалені +1 (F8)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="88"/>
        <source>Correct…</source>
        <translation>Виправити…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="97"/>
        <source>Visit +1: {channel}</source>
        <translation>Відвідування +1: {channel}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_tallies.py" line="106"/>
        <source>Visits corrected: {channel}, today {total}</source>
        <translation>Виправлено відвідування: {channel}, за сьогодні {total}</translation>
    </message>
</context>
<context>
    <name>TallyCorrectionDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="157"/>
        <source>Correct today&apos;s count</source>
        <translation>Виправлення сьогоднішнього підрахунку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="162"/>
        <source>{channel}, today:</source>
        <translation>{channel}, сьогодні:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="163"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
</context>
<context>
    <name>TitlePicker</name>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_title_picker.py" line="69"/>
        <source>Books without barcodes: find the title in the catalogue</source>
        <translation>Книги без штрихкодів: знайдіть назву в каталозі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_title_picker.py" line="73"/>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_title_picker.py" line="74"/>
        <source>Add title</source>
        <translation>Додати назву</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/parcel_title_picker.py" line="78"/>
        <source>Title (Ctrl+T):</source>
        <translation>Назва (Ctrl+T):</translation>
    </message>
</context>
<context>
    <name>VirtualEntriesBox</name>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="79"/>
        <source>Virtual visits and users</source>
        <translation>Віртуальні відвідування та користувачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="84"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="84"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="84"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="85"/>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="96"/>
        <source>Library website, Facebook page…</source>
        <translation>Сайт бібліотеки, сторінка у Facebook…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="105"/>
        <source>Save entry</source>
        <translation>Зберегти запис</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="106"/>
        <source>New entry</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="107"/>
        <source>Delete entry</source>
        <translation>Видалити запис</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="113"/>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="114"/>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="115"/>
        <source>What:</source>
        <translation>Що:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="116"/>
        <source>Measured as:</source>
        <translation>Одиниця виміру:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="117"/>
        <source>Count:</source>
        <translation>Кількість:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="193"/>
        <source>Entry saved.</source>
        <translation>Запис збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="198"/>
        <source>Choose an entry in the list first.</source>
        <translation>Спершу виберіть запис у списку.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="204"/>
        <source>Entry deleted.</source>
        <translation>Запис видалено.</translation>
    </message>
</context>
<context>
    <name>VirtualVisitsDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="255"/>
        <source>Virtual visits for a period</source>
        <translation>Віртуальні відвідування за період</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="265"/>
        <source>Library website statistics</source>
        <translation>Статистика сайту бібліотеки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="275"/>
        <source>From:</source>
        <translation>З:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="276"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="277"/>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="278"/>
        <source>Visits:</source>
        <translation>Відвідувань:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/desk_dialogs.py" line="279"/>
        <source>Record</source>
        <translation>Записати</translation>
    </message>
</context>
<context>
    <name>_SessionDialog</name>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="293"/>
        <source>Add session</source>
        <translation>Додати заняття</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="303"/>
        <source>What the session is about</source>
        <translation>Про що заняття</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="305"/>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="306"/>
        <source>Starts:</source>
        <translation>Початок:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/courses_view.py" line="307"/>
        <source>Minutes:</source>
        <translation>Хвилин:</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="24"/>
        <source>usage: </source>
        <translation>використання: </translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="25"/>
        <source>positional arguments</source>
        <translation>позиційні аргументи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="26"/>
        <source>options</source>
        <translation>параметри</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="27"/>
        <source>show this help message and exit</source>
        <translation>показати цю довідку й вийти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="28"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="29"/>
        <source>unrecognized arguments: %s</source>
        <translation>невідомі аргументи: %s</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="30"/>
        <source>not allowed with argument %s</source>
        <translation>не можна разом з аргументом %s</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="31"/>
        <source>ignored explicit argument %r</source>
        <translation>зайве значення: %r</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="32"/>
        <source>the following arguments are required: %s</source>
        <translation>бракує обов’язкових аргументів: %s</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="33"/>
        <source>one of the arguments %s is required</source>
        <translation>потрібен один з аргументів %s</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="34"/>
        <source>expected one argument</source>
        <translation>потрібне одне значення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="35"/>
        <source>expected at most one argument</source>
        <translation>потрібно не більше одного значення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="36"/>
        <source>expected at least one argument</source>
        <translation>потрібне хоча б одне значення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="37"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначний параметр: %(option)s може означати %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="38"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>неправильне значення %(value)r (очікується %(type)s)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="39"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>неправильний вибір: %(value)r (можна: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="40"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не вдалося відкрити «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_argparse.py" line="41"/>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: помилка: %(message)s</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../src/mandrivna/core/backups.py" line="16"/>
        <source>daily</source>
        <translation>щоденна</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/backups.py" line="17"/>
        <source>made by hand</source>
        <translation>зроблена вручну</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/backups.py" line="18"/>
        <source>before an update</source>
        <translation>перед оновленням</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/backups.py" line="19"/>
        <source>before a restore</source>
        <translation>перед відновленням</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/backups.py" line="20"/>
        <source>before the demo replaced it</source>
        <translation>перед заміною демоданими</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/backups.py" line="21"/>
        <source>damaged, kept aside</source>
        <translation>пошкоджена, відкладена</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="16"/>
        <source>Book</source>
        <translation>Книга</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="17"/>
        <source>E-book</source>
        <translation>Електронна книга</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="18"/>
        <source>Audiobook</source>
        <translation>Аудіокнига</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="19"/>
        <source>Periodical</source>
        <translation>Періодичне видання</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="20"/>
        <source>Online resource</source>
        <translation>Онлайн-ресурс</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="23"/>
        <source>Available</source>
        <translation>Доступний</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="24"/>
        <source>On loan</source>
        <translation>Виданий</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="25"/>
        <source>In transit</source>
        <translation>У дорозі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="26"/>
        <source>Lost</source>
        <translation>Втрачений</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="27"/>
        <source>Written off</source>
        <translation>Списаний</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="30"/>
        <source>(lent twice before a sync: see the desk&apos;s list)</source>
        <translation>(виданий двічі до синхронізації: див. список на кафедрі)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="31"/>
        <source>Donation</source>
        <translation>Дарунок</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="32"/>
        <source>Purchase</source>
        <translation>Купівля</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="33"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="37"/>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="38"/>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="39"/>
        <source>Crimean Tatar</source>
        <translation>Кримськотатарська</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="40"/>
        <source>Polish</source>
        <translation>Польська</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="41"/>
        <source>German</source>
        <translation>Німецька</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="42"/>
        <source>French</source>
        <translation>Французька</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/catalogue_names.py" line="43"/>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="27"/>
        <source>Internally displaced person</source>
        <translation>Внутрішньо переміщена особа</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="28"/>
        <source>Aged 55+</source>
        <translation>Вік 55+</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="29"/>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="30"/>
        <source>Youth</source>
        <translation>Молодь</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="31"/>
        <source>Military or veteran</source>
        <translation>Військовий або ветеран</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="32"/>
        <source>Family of military</source>
        <translation>Родина військового</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="33"/>
        <source>Person with disability</source>
        <translation>Особа з інвалідністю</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="31"/>
        <source>librarian</source>
        <translation>бібліотекар</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="32"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="40"/>
        <source>set up this laptop&apos;s data folder without the app&apos;s window</source>
        <translation>налаштувати папку даних цього ноутбука без вікна застосунку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="45"/>
        <source>Sets up a new data folder (give both --hub and --librarian) or changes the settings given of a folder set up already. Without options, shows the settings.</source>
        <translation>Налаштовує нову папку даних (потрібні і --hub, і --librarian) або змінює вказані налаштування вже налаштованої папки. Без параметрів показує налаштування.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="50"/>
        <source>the hub (service point) where this laptop works</source>
        <translation>хаб (пункт обслуговування), де працює цей ноутбук</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="52"/>
        <source>the librarian&apos;s name</source>
        <translation>ім’я бібліотекаря</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="55"/>
        <source>the app&apos;s language</source>
        <translation>мова застосунку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="63"/>
        <source>encrypt the data with a passphrase (recommended): taken from MANDRIVNA_PASSPHRASE, or typed twice at the terminal</source>
        <translation>зашифрувати дані парольною фразою (рекомендовано): її беруть зі змінної MANDRIVNA_PASSPHRASE або вводять двічі в терміналі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="67"/>
        <source>connect this laptop to the sync server</source>
        <translation>підключити цей ноутбук до сервера синхронізації</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="73"/>
        <source>Connects this laptop to the sync server with a one-time code from the coordinator. A laptop not set up yet takes its hub from the enrollment and needs only --librarian.</source>
        <translation>Підключає цей ноутбук до сервера синхронізації одноразовим кодом від координатора. Ще не налаштований ноутбук бере хаб із підключення, і йому потрібне лише --librarian.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="79"/>
        <source>server address, e.g. https://sync.example</source>
        <translation>адреса сервера, напр. https://sync.example</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="85"/>
        <source>one-time code from the coordinator</source>
        <translation>одноразовий код від координатора</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="90"/>
        <source>the librarian&apos;s name (needed on a laptop not set up yet)</source>
        <translation>ім’я бібліотекаря (потрібне на ще не налаштованому ноутбуці)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="119"/>
        <location filename="../../src/mandrivna/cli_setup.py" line="158"/>
        <source>This laptop is set up.</source>
        <translation>Ноутбук налаштовано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="121"/>
        <source>The settings are changed.</source>
        <translation>Налаштування змінено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="148"/>
        <source>Enrolled with {server} as {key} (hub {hub}, {role}).</source>
        <translation>Ноутбук підключено до {server} як {key} (хаб {hub}, роль {role}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="165"/>
        <source>Data folder: {folder}</source>
        <translation>Папка даних: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="167"/>
        <source>Hub: {hub}. Librarian: {librarian}. Language: {language}.</source>
        <translation>Хаб: {hub}. Бібліотекар: {librarian}. Мова: {language}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="180"/>
        <source>The data is encrypted. A forgotten passphrase cannot be recovered: write it down and give the copy to the coordinator.</source>
        <translation>Дані зашифровано. Забуту парольну фразу відновити неможливо: запишіть її й передайте копію координаторові.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="188"/>
        <source>The data is not encrypted; encrypting it is recommended: mandrivna setup --encrypt.</source>
        <translation>Дані не зашифровано; радимо їх зашифрувати: mandrivna setup --encrypt.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="52"/>
        <source>Mandrivna — the travelling library. Without a command, opens the app.</source>
        <translation>Мандрівна бібліотека. Без команди відкриває застосунок.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="55"/>
        <source>An encrypted data folder takes its passphrase from MANDRIVNA_PASSPHRASE.</source>
        <translation>Зашифрована папка даних бере парольну фразу зі змінної середовища MANDRIVNA_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="59"/>
        <source>print the version and exit</source>
        <translation>показати версію й вийти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="67"/>
        <source>data folder (default: MANDRIVNA_DATA_DIR or the user&apos;s data folder)</source>
        <translation>папка даних (типово: MANDRIVNA_DATA_DIR або папка даних користувача)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="73"/>
        <source>draw the window offscreen at 1366x768 into PNG and exit</source>
        <translation>намалювати вікно 1366×768 без екрана у файл PNG і вийти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="79"/>
        <source>with --screenshot: the page to draw</source>
        <translation>разом із --screenshot: яку сторінку намалювати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="83"/>
        <source>commands</source>
        <translation>команди</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="89"/>
        <source>one full sync with the server (for a scheduled task)</source>
        <translation>одна повна синхронізація із сервером (для запланованого завдання)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="92"/>
        <source>One full sync with the server: prints what was sent and received.</source>
        <translation>Одна повна синхронізація із сервером: показує, скільки змін надіслано й отримано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="98"/>
        <source>no network: write the waiting changes to FILE for a USB stick</source>
        <translation>без мережі: записати зміни, що чекають, у FILE для флешки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="104"/>
        <source>coordinator: send a hub&apos;s USB bundle to the server, then sync</source>
        <translation>координатор: надіслати на сервер пакет змін хабу з флешки, потім синхронізувати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="108"/>
        <source>make a verified backup of the database now</source>
        <translation>зробити перевірену резервну копію бази даних зараз</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="111"/>
        <source>Makes a verified backup of the database now, or lists the backups kept.</source>
        <translation>Робить перевірену резервну копію бази даних зараз або показує збережені копії.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="115"/>
        <source>folder for the backup file</source>
        <translation>папка для файлу копії</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="118"/>
        <source>list the backups kept</source>
        <translation>показати збережені резервні копії</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="121"/>
        <source>replace the database with a backup</source>
        <translation>замінити базу даних резервною копією</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="126"/>
        <source>Shows what the backup holds, asks, keeps the current database, then puts the backup in its place. Works even when the database is damaged.</source>
        <translation>Показує, що містить копія, питає, зберігає поточну базу даних і ставить копію на її місце. Працює, навіть коли базу даних пошкоджено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="130"/>
        <source>the backup to restore</source>
        <translation>резервна копія, яку відновити</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="133"/>
        <source>do not ask before replacing</source>
        <translation>не питати перед заміною</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_sync.py" line="112"/>
        <source>The sync was stopped ({signal}). Everything received so far is kept; the next sync continues from there.</source>
        <translation>Синхронізацію зупинено ({signal}). Усе отримане досі збережено; наступна синхронізація продовжить звідти.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_sync.py" line="123"/>
        <source>The sync stopped: the disk of this laptop is full. Free some space (the data folder is {folder}) and sync again; everything received so far is kept.</source>
        <translation>Синхронізацію зупинено: на диску цього ноутбука закінчилося місце. Звільніть місце (тека з даними: {folder}) і запустіть синхронізацію знову; усе отримане досі збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_sync.py" line="132"/>
        <source>The sync stopped because of an error in the app ({kind}). Everything received so far is kept; try again. If it happens again, give the coordinator the file {file}.</source>
        <translation>Синхронізацію зупинила помилка в програмі ({kind}). Усе отримане досі збережено; спробуйте ще раз. Якщо помилка повториться, передайте координаторові файл {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_sync.py" line="142"/>
        <source>Wrote {count} changes to {file}.</source>
        <translation>Записано змін: {count} до файлу {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_sync.py" line="151"/>
        <source>The bundle brought {count} new changes.</source>
        <translation>Нових змін із пакета: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_sync.py" line="161"/>
        <source>Sent {pushed} changes, received {pulled}.</source>
        <translation>Надіслано змін: {pushed}, отримано: {pulled}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_sync.py" line="164"/>
        <source>{count} conflicting edits were kept for the coordinator&apos;s review.</source>
        <translation>Суперечливих редагувань збережено для перевірки координатором: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_sync.py" line="171"/>
        <source>Warning: this laptop&apos;s clock is ahead of the server&apos;s by {minutes} minutes. Set the correct date and time.</source>
        <translation>Увага: годинник цього ноутбука випереджає сервер на {minutes} хв. Встановіть правильні дату й час.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_sync.py" line="178"/>
        <source>Warning: this laptop&apos;s clock is behind the server&apos;s by {days} days. Set the correct date and time.</source>
        <translation>Увага: годинник цього ноутбука відстає від годинника сервера на {days} дн. Встановіть правильну дату й час.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="236"/>
        <source>{file}: taken {when} ({kind}), hub {hub}: {readers} readers, {loans} on loan.</source>
        <translation>{file}: зроблено {when} ({kind}), хаб {hub}: читачів — {readers}, на руках — {loans}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="255"/>
        <source>Backup made and checked:</source>
        <translation>Резервну копію зроблено й перевірено:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="277"/>
        <source>A backup made with another passphrase opens with that passphrase in MANDRIVNA_BACKUP_PASSPHRASE.</source>
        <translation>Резервну копію, створену з іншою парольною фразою, можна відкрити, якщо задати ту фразу у змінній MANDRIVNA_BACKUP_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="285"/>
        <source>Replace the database in {folder} with this backup? The current one is kept. [y/N] </source>
        <translation>Замінити базу даних у {folder} цією копією? Поточну буде збережено. [т/Н] </translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="287"/>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli.py" line="293"/>
        <source>Restored. The replaced database was kept in {folder}.</source>
        <translation>Відновлено. Замінену базу збережено в {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="35"/>
        <source>import the catalogue (MARC .mrc/.iso/.xml, .csv, .xlsx) or readers (.csv, .xlsx)</source>
        <translation>імпортувати каталог (MARC .mrc/.iso/.xml, .csv, .xlsx) або читачів (.csv, .xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="40"/>
        <source>Imports the catalogue or the readers, whole or not at all: every problem is listed by its line or record number.</source>
        <translation>Імпортує каталог або читачів цілком або нічого: кожну проблему названо з номером рядка чи запису.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="44"/>
        <source>what the file holds</source>
        <translation>що містить файл</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="45"/>
        <source>the file to import</source>
        <translation>файл для імпорту</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="49"/>
        <source>the file&apos;s text encoding, if the detected one is wrong</source>
        <translation>кодування тексту у файлі, якщо визначено неправильне</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="56"/>
        <source>MARC files: MARC21 or UNIMARC (УКРМАРК), if the detected one is wrong</source>
        <translation>файли MARC: MARC21 або UNIMARC (УКРМАРК), якщо визначено неправильний</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="61"/>
        <source>check the file and say what would change</source>
        <translation>перевірити файл і сказати, що зміниться</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="65"/>
        <source>export the catalogue or the readers to .csv or .xlsx</source>
        <translation>експортувати каталог або читачів у .csv чи .xlsx</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="70"/>
        <source>Writes the catalogue or the readers to .csv (UTF-8 with BOM) or .xlsx in the import template&apos;s columns.</source>
        <translation>Записує каталог або читачів у .csv (UTF-8 з BOM) чи .xlsx зі стовпцями шаблону імпорту.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="74"/>
        <source>what to export</source>
        <translation>що експортувати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="75"/>
        <location filename="../../src/mandrivna/cli_report.py" line="66"/>
        <source>the file to write</source>
        <translation>файл, куди записати</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="86"/>
        <source>Read {done} of {total}…</source>
        <translation>Прочитано {done} з {total}…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="98"/>
        <source>{name} (assumed: the file does not tell)</source>
        <translation>{name} (припущення: у файлі це не вказано)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="100"/>
        <location filename="../../src/mandrivna/cli_exchange.py" line="114"/>
        <source>{name} (detected)</source>
        <translation>{name} (визначено автоматично)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="102"/>
        <location filename="../../src/mandrivna/cli_exchange.py" line="110"/>
        <source>{name} (as chosen; {detected} was detected)</source>
        <translation>{name} (як вибрано; визначено було {detected})</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="112"/>
        <source>{name} (detected; the file declares {declared})</source>
        <translation>{name} (визначено автоматично; файл заявляє {declared})</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="121"/>
        <source>File: {description}.</source>
        <translation>Файл: {description}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="131"/>
        <source>…and {count} more problems.</source>
        <translation>…і ще проблем: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="143"/>
        <source>Would add {new} records, update {updated}, leave {same} as they are; would add {copies} copies.</source>
        <translation>Буде додано записів: {new}, оновлено: {updated}, без змін: {same}; буде додано примірників: {copies}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="149"/>
        <source>Added {new} records, updated {updated}, left {same} as they were; added {copies} copies.</source>
        <translation>Додано записів: {new}, оновлено: {updated}, без змін: {same}; додано примірників: {copies}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="153"/>
        <source>Would add {new} readers, update {updated}, leave {same} as they are.</source>
        <translation>Буде додано читачів: {new}, оновлено: {updated}, без змін: {same}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="155"/>
        <source>Added {new} readers, updated {updated}, left {same} as they were.</source>
        <translation>Додано читачів: {new}, оновлено: {updated}, без змін: {same}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="186"/>
        <source>{count} problems must be fixed before the file can go in.</source>
        <translation>Перш ніж імпортувати файл, виправте проблеми ({count}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="202"/>
        <source>Wrote {count} records to {file}.</source>
        <translation>Записи ({count}) збережено у файл {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="204"/>
        <source>Wrote {count} readers to {file}.</source>
        <translation>Читачів ({count}) збережено у файл {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_exchange.py" line="211"/>
        <source>The file holds readers&apos; personal data: keep it safe and delete it when it is no longer needed.</source>
        <translation>У файлі є персональні дані читачів: зберігайте його в безпечному місці й видаліть, коли він стане непотрібним.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_questions.py" line="60"/>
        <source>New passphrase (at least 8 characters): </source>
        <translation>Нова парольна фраза (щонайменше 8 символів): </translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_questions.py" line="61"/>
        <source>The same passphrase again: </source>
        <translation>Та сама парольна фраза ще раз: </translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="27"/>
        <source>fill a data folder with a demo year at several hubs</source>
        <translation>заповнити папку даних демонстраційним роком роботи кількох хабів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="34"/>
        <source>Fills the data folder with a realistic year of the travelling library at several hubs: readers, loans, visits, events, courses and parcels, made through the app itself. The folder becomes the first hub&apos;s laptop after a sync (headquarters&apos; with --coordinator), not enrolled with any server.</source>
        <translation>Заповнює папку даних правдоподібним роком роботи Мандрівної бібліотеки в кількох хабах: читачі, видачі, відвідування, заходи, курси й посилки, створені самим застосунком. Папка стає ноутбуком першого хабу після синхронізації (з --coordinator — ноутбуком координатора в головному офісі), не підключеним до жодного сервера.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="41"/>
        <source>how many hubs (2 to 8; 3 if not given)</source>
        <translation>скільки хабів (від 2 до 8; якщо не вказано — 3)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="47"/>
        <source>the year (a past one whole; if not given: this year up to today)</source>
        <translation>рік (минулий — цілий; якщо не вказано — цей рік до сьогодні)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="52"/>
        <source>make the folder the coordinator&apos;s laptop at headquarters</source>
        <translation>зробити папку ноутбуком координатора в головному офісі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="59"/>
        <source>multiply the sizes (1: the hubs&apos; share of the year&apos;s plan)</source>
        <translation>помножити обсяги (1 — частка цих хабів у річному плані)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="66"/>
        <source>the same seed makes the same demo</source>
        <translation>з тим самим зерном виходять ті самі демодані</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="71"/>
        <source>replace the data the folder holds (a backup of it is kept)</source>
        <translation>замінити дані, що є в папці (їхня резервна копія зберігається)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="81"/>
        <source>Made up to {date}…</source>
        <translation>Створено по {date}…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="109"/>
        <source>The demo is ready in {folder}: {hubs} hubs, from {start} to {end}.</source>
        <translation>Демодані готові в {folder}: хабів — {hubs}, з {start} по {end}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="120"/>
        <source>This laptop&apos;s hub: {hub}; the other hubs&apos; data came to it by a sync.</source>
        <translation>Хаб цього ноутбука: {hub}; дані інших хабів надійшли на нього синхронізацією.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="125"/>
        <source>This is the coordinator&apos;s laptop ({hub}); every hub&apos;s data came to it by a sync.</source>
        <translation>Це ноутбук координатора ({hub}); дані всіх хабів надійшли на нього синхронізацією.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="132"/>
        <source>Readers: {readers} ({new} new this year, {again} re-registered). Loans: {lends}; {open} books still out, {overdue} of them overdue today. E-loans: {e_loans}; free internet resources: {free}.</source>
        <translation>Читачів: {readers} (нових цього року — {new}, перереєстрованих — {again}). Видач: {lends}; книжок ще на руках: {open}, з них прострочених на сьогодні: {overdue}. Електронних видач: {e_loans}; вільних інтернет-ресурсів: {free}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="149"/>
        <source>Consultations: {consultations}; references: {references}. Events: {events}, with {checkins} readers checked in by card; courses: {courses}. Catalogue: {records} records, {copies} copies; parcels: {parcels}.</source>
        <translation>Консультацій: {consultations}; довідок: {references}. Заходів: {events}, на них відмічено читачів за квитком: {checkins}; курсів: {courses}. У каталозі записів: {records}, примірників: {copies}; посилок: {parcels}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="166"/>
        <source>For the coordinator to find: one person registered twice ({first}; {second}); conflicting edits ({conflicts} fields) of a reader&apos;s details: {conflict}; a lend despite a warning, with a reason: {override}.</source>
        <translation>Для координатора: одна людина зареєстрована двічі ({first}; {second}); суперечливі зміни даних читача (полів: {conflicts}): {conflict}; видача попри попередження, з поясненням: {override}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="179"/>
        <source>A copy lent at two hubs before they synced, for the review queue: «{title}».</source>
        <translation>Примірник, виданий у двох хабах до їхньої синхронізації, — для черги перевірки: «{title}».</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="183"/>
        <source>The data the folder held was kept in {file}.</source>
        <translation>Дані, що були в папці, збережено в {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_demo.py" line="188"/>
        <source>Made in {seconds} seconds.</source>
        <translation>Створено за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="29"/>
        <source>write the report against the plan to .xlsx, .csv or .pdf</source>
        <translation>записати звіт про виконання плану у .xlsx, .csv або .pdf</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="35"/>
        <source>Writes every indicator of the plan with its target, what was done, the percentage, the pro-rata expectation, the same period last year and the rule it is counted by, for the library or one hub.</source>
        <translation>Записує кожен показник плану: планове значення, виконання, відсоток, очікуване пропорційно до періоду, той самий період минулого року та правило підрахунку — для всієї бібліотеки або одного хабу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="39"/>
        <source>the year</source>
        <translation>рік</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="43"/>
        <source>a quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="46"/>
        <source>a month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="49"/>
        <source>the first day (YYYY-MM-DD)</source>
        <translation>перший день (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="52"/>
        <source>with --from: the last day</source>
        <translation>разом із --from: останній день</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="56"/>
        <source>with --quarter: from the start of the year (I half-year, 9 months)</source>
        <translation>разом із --quarter: від початку року (I півріччя, 9 місяців)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="60"/>
        <source>one hub (all if not given)</source>
        <translation>один хаб (якщо не вказано — усі)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="106"/>
        <source>No hub is called {name}. The hubs: {hubs}.</source>
        <translation>Хабу з назвою «{name}» немає. Хаби: {hubs}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="127"/>
        <source>Wrote the report for {period} to {file}.</source>
        <translation>Звіт за {period} записано у {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_progress.py" line="24"/>
        <source>about {minutes} min {seconds} s left</source>
        <translation>лишилося близько {minutes} хв {seconds} с</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_progress.py" line="27"/>
        <source>about {seconds} s left</source>
        <translation>лишилося близько {seconds} с</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_progress.py" line="35"/>
        <source>Sending: {done} of {total}</source>
        <translation>Надіслано: {done} з {total}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_progress.py" line="37"/>
        <source>Working out loans and the catalogue search: {done} of {total}</source>
        <translation>Зведення видач і пошуку в каталозі: {done} з {total}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_progress.py" line="39"/>
        <source>Receiving: {done} of {total}</source>
        <translation>Отримано: {done} з {total}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_progress.py" line="41"/>
        <source>Receiving: {done}</source>
        <translation>Отримано: {done}</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../src/mandrivna/core/desk.py" line="21"/>
        <source>Educational</source>
        <translation>Освітня</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/desk.py" line="22"/>
        <source>Digital services and e-government (Дія)</source>
        <translation>Цифрові послуги та е-урядування (Дія)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/desk.py" line="23"/>
        <source>Literature and reading</source>
        <translation>Література та читання</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/desk.py" line="24"/>
        <source>Legal and social</source>
        <translation>Правова та соціальна</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/desk.py" line="25"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/desk.py" line="28"/>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/desk.py" line="29"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/desk.py" line="30"/>
        <source>Messenger</source>
        <translation>Месенджер</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/desk.py" line="31"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../src/mandrivna/core/duplicates.py" line="26"/>
        <source>same name and birth year</source>
        <translation>те саме ім&apos;я і рік народження</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/duplicates.py" line="27"/>
        <source>same phone</source>
        <translation>той самий телефон</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/duplicates.py" line="28"/>
        <source>same e-mail</source>
        <translation>та сама ел. пошта</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/duplicates.py" line="31"/>
        <source>surname one letter off, same given name and birth year</source>
        <translation>прізвище відрізняється однією літерою, те саме ім&apos;я і рік народження</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/mandrivna/ui/error_messages.py" line="26"/>
        <source>The laptop&apos;s disk is full, so this was not saved. Free some space (old downloads, the rubbish bin) and try again; everything saved before is kept.</source>
        <translation>На диску ноутбука закінчилося місце, тому це не збережено. Звільніть місце (старі завантаження, кошик) і спробуйте ще раз; усе збережене раніше залишається.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/error_messages.py" line="34"/>
        <source>Something went wrong and the action was not completed. Nothing was lost. The details were written to the log file.</source>
        <translation>Щось пішло не так, і дію не виконано. Дані не втрачено. Подробиці записано до журналу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/error_messages.py" line="41"/>
        <source>Mandrivna</source>
        <translation>Мандрівна</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/visit_service.py" line="23"/>
        <location filename="../../src/mandrivna/services/desk_service.py" line="51"/>
        <location filename="../../src/mandrivna/services/desk_service.py" line="115"/>
        <source>Unknown visit channel {name}.</source>
        <translation>Невідомий канал відвідування: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/visit_service.py" line="34"/>
        <source>A visit count must be at least 1.</source>
        <translation>Кількість відвідувань має бути щонайменше 1.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_service.py" line="65"/>
        <source>The reader must consent to personal-data processing before registration.</source>
        <translation>Перед реєстрацією читач має дати згоду на обробку персональних даних.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_service.py" line="127"/>
        <source>Say why the reader is blocked.</source>
        <translation>Вкажіть, чому читача блокують.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="150"/>
        <location filename="../../src/mandrivna/services/reader_service.py" line="149"/>
        <location filename="../../src/mandrivna/services/reader_service.py" line="209"/>
        <location filename="../../src/mandrivna/services/reader_merge_service.py" line="87"/>
        <source>This reader is no longer registered.</source>
        <translation>Цього читача вже немає в картотеці.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_service.py" line="224"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Не вдалося записати файл {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="37"/>
        <source>Enter the hub name.</source>
        <translation>Вкажіть назву хабу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="38"/>
        <source>The hub name is too long (at most {n} characters).</source>
        <translation>Назва хабу задовга (щонайбільше {n} символів).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="45"/>
        <source>Enter the librarian&apos;s name.</source>
        <translation>Вкажіть ім’я бібліотекаря.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="46"/>
        <source>The librarian&apos;s name is too long (at most {n} characters).</source>
        <translation>Ім’я бібліотекаря задовге (щонайбільше {n} символів).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/device_service.py" line="69"/>
        <source>Unknown language {code}.</source>
        <translation>Невідома мова: {code}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/database_file.py" line="34"/>
        <source>The data folder {folder} cannot be written ({reason}). Choose another folder with --data-dir or ask for write access.</source>
        <translation>До теки даних {folder} неможливо записати ({reason}). Виберіть іншу теку через --data-dir або попросіть доступ на запис.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/file_check.py" line="38"/>
        <source>The database {path} is damaged or is not a Mandrivna database. It was left untouched; restore it from a backup or move it away.</source>
        <translation>База даних {path} пошкоджена або не належить «Мандрівній». Файл не змінено; відновіть його з резервної копії або перемістіть.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/file_check.py" line="84"/>
        <source>The database {path} was written by a newer version of Mandrivna. Update the app; the file was left untouched.</source>
        <translation>Базу даних {path} створено новішою версією «Мандрівної». Оновіть програму; файл не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="64"/>
        <source>The bundle {file} is larger than a bundle may be. Sync that laptop over a network instead.</source>
        <translation>Пакет {file} більший, ніж може бути пакет. Синхронізуйте той ноутбук через мережу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="72"/>
        <source>The file {file} is not a Mandrivna bundle, or it is damaged. Ask the hub to write the bundle again.</source>
        <translation>Файл {file} не є пакетом «Мандрівної» або пошкоджений. Попросіть хаб записати пакет ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="94"/>
        <source>This laptop is not enrolled with a sync server yet. Enter the server address and the code from the coordinator in Settings → Sync, or run mandrivna enroll.</source>
        <translation>Цей ноутбук ще не підключено до сервера синхронізації. Введіть адресу сервера та код від координатора на сторінці «Синхронізація» або виконайте mandrivna enroll.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="129"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>Адреса сервера має починатися з http:// або https://.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/errors.py" line="20"/>
        <source>Set up this device first: enter the hub and librarian.</source>
        <translation>Спершу налаштуйте пристрій: вкажіть хаб і бібліотекаря.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/event_service.py" line="127"/>
        <source>This event no longer exists.</source>
        <translation>Цього заходу вже немає.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/event_service.py" line="195"/>
        <location filename="../../src/mandrivna/services/course_service.py" line="119"/>
        <source>No reader has the card {code}.</source>
        <translation>Немає читача з квитком {code}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="179"/>
        <source>The file {file} cannot be written.</source>
        <translation>Не вдається записати файл {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/sync_service.py" line="189"/>
        <source>The file {file} cannot be read.</source>
        <translation>Не вдається прочитати файл {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="101"/>
        <location filename="../../src/mandrivna/core/reader_template.py" line="108"/>
        <source>Enter the reader&apos;s surname.</source>
        <translation>Вкажіть прізвище читача.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="103"/>
        <location filename="../../src/mandrivna/core/reader_template.py" line="109"/>
        <source>Enter the reader&apos;s given name.</source>
        <translation>Вкажіть ім’я читача.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="109"/>
        <source>The birth year {year} is not possible.</source>
        <translation>Рік народження {year} неможливий.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader.py" line="116"/>
        <source>Unknown reader category: {name}.</source>
        <translation>Невідома категорія читача: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/gui_main.py" line="89"/>
        <source>There is no display here: open Mandrivna on the laptop&apos;s desktop (the commands listed by mandrivna --help work without one).</source>
        <translation>Немає екрана: відкрийте Мандрівну на робочому столі ноутбука (команди зі списку mandrivna --help працюють і без нього).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/gui_main.py" line="216"/>
        <source>The picture could not be saved to {path}.</source>
        <translation>Не вдалося зберегти зображення до {path}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="166"/>
        <source>The answer from {url} is not from a Mandrivna server (a Wi-Fi login page?). Check the address and the connection.</source>
        <translation>Відповідь від {url} надійшла не від сервера «Мандрівної» (сторінка входу до Wi-Fi?). Перевірте адресу та з’єднання.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/http_request.py" line="76"/>
        <source>The server {url} cannot be reached. Check the connection; everything recorded is kept and will be sent at the next sync.</source>
        <translation>Не вдається зв’язатися із сервером {url}. Перевірте зв’язок; усі записи збережено, їх буде надіслано під час наступної синхронізації.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/http_request.py" line="87"/>
        <source>The server {url} did not answer within {seconds} s. Try again later; everything received so far is kept, and the next sync continues from there.</source>
        <translation>Сервер {url} не відповів протягом {seconds} с. Спробуйте пізніше; усе отримане досі збережено, наступна синхронізація продовжить звідти.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/http_request.py" line="99"/>
        <source>The answer from {url} is larger than any a Mandrivna server sends, so it was not read. Check the address and the connection; everything received so far is kept.</source>
        <translation>Відповідь від {url} більша за будь-яку, що надсилає сервер «Мандрівної», тому її не прочитано. Перевірте адресу та з’єднання; усе отримане досі збережено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="267"/>
        <source>The server does not know this laptop. Enroll it again with a new code from the coordinator (Settings → Sync).</source>
        <translation>Сервер не знає цього ноутбука. Підключіть його знову з новим кодом від координатора (сторінка «Синхронізація»).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="273"/>
        <source>The coordinator has revoked this laptop&apos;s access to the server.</source>
        <translation>Координатор скасував доступ цього ноутбука до сервера.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="287"/>
        <source>The enrollment code is wrong, already used or expired. Ask the coordinator for a new code.</source>
        <translation>Код підключення неправильний, уже використаний або прострочений. Попросіть у координатора новий код.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="295"/>
        <source>This version of Mandrivna is too old for the server. Update the app on this laptop, then sync again.</source>
        <translation>Ця версія «Мандрівної» застаріла для сервера. Оновіть програму на цьому ноутбуці й синхронізуйте знову.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="302"/>
        <source>The server is older than this app. Ask the coordinator to update the server.</source>
        <translation>Сервер старіший за цю програму. Попросіть координатора оновити сервер.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="309"/>
        <source>The server had a problem ({code}). Try again later; nothing recorded here is lost.</source>
        <translation>На сервері сталася помилка ({code}). Спробуйте пізніше; записи на цьому ноутбуці не втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="313"/>
        <source>The server refused the request: {detail}</source>
        <translation>Сервер відхилив запит: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="157"/>
        <source>The bundle was refused: {reason}</source>
        <translation>Пакет відхилено: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="90"/>
        <source>This laptop&apos;s clock is {minutes} minutes ahead of the server&apos;s. Set the laptop&apos;s date and time.</source>
        <translation>Годинник цього ноутбука поспішає відносно сервера на {minutes} хв. Встановіть дату й час ноутбука.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="105"/>
        <source>The server holds other records under this laptop&apos;s numbers (was its database copied back by hand?). Sync was stopped so nothing is overwritten; ask the coordinator.</source>
        <translation>Сервер зберігає інші записи під номерами цього ноутбука (можливо, його базу даних скопіювали вручну зі старої копії?). Синхронізацію зупинено, щоб нічого не перезаписати; зверніться до координатора.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="116"/>
        <source>The bundle was refused: it comes from a laptop the server does not know, or one the coordinator revoked.</source>
        <translation>Пакет відхилено: він із ноутбука, якого сервер не знає або якому координатор закрив доступ.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="124"/>
        <source>The bundle was refused: it was changed after the laptop wrote it. Ask the hub to write it again.</source>
        <translation>Пакет відхилено: його змінили після того, як ноутбук його записав. Попросіть хаб записати його ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="132"/>
        <source>The bundle was refused: that laptop was restored from an old backup. Sync it over a network first.</source>
        <translation>Пакет відхилено: той ноутбук відновили зі старої резервної копії. Спершу синхронізуйте його через мережу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="140"/>
        <source>The bundle was refused: an earlier bundle from that laptop has not been imported yet. Import that one first.</source>
        <translation>Пакет відхилено: попередній пакет із того ноутбука ще не імпортовано. Спершу імпортуйте його.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="147"/>
        <source>The bundle was refused: the file is damaged. Ask the hub to write it again.</source>
        <translation>Пакет відхилено: файл пошкоджений. Попросіть хаб записати його ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="333"/>
        <source>The server already knows this laptop, so an ordinary code cannot enroll it again. Ask the coordinator for a code made for it: mandrivna-server enroll --hub HUB --replaces {device}</source>
        <translation>Сервер уже знає цей ноутбук, тож звичайним кодом його повторно не підключити. Попросіть координатора створити код саме для нього: mandrivna-server enroll --hub ХАБ --replaces {device}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="343"/>
        <source>This code was made for another laptop. Ask the coordinator for a code for this one.</source>
        <translation>Цей код створено для іншого ноутбука. Попросіть у координатора код для цього.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/transport.py" line="382"/>
        <source>Only a coordinator&apos;s laptop can import bundles from other hubs.</source>
        <translation>Лише ноутбук координатора може імпортувати пакети інших хабів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/sync_engine.py" line="263"/>
        <source>The server did not accept this laptop&apos;s changes. Try again later; nothing recorded here is lost.</source>
        <translation>Сервер не прийняв змін цього ноутбука. Спробуйте пізніше; записи на цьому ноутбуці не втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/bundle.py" line="40"/>
        <source>Enroll this laptop with the server once before writing bundles: the server must know its signing key.</source>
        <translation>Перш ніж записувати пакети, один раз підключіть ноутбук до сервера: сервер має знати його ключ підпису.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/sync/bundle.py" line="74"/>
        <source>Too many changes wait for one bundle ({size} MB; a bundle holds at most {limit} MB). Sync this laptop over a network, even a slow one.</source>
        <translation>Змін, що чекають, забагато для одного пакета ({size} МБ; пакет вміщує щонайбільше {limit} МБ). Синхронізуйте цей ноутбук через мережу, хоч би й повільну.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="80"/>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="115"/>
        <source>The barcode {code} is already in the catalogue.</source>
        <translation>Штрихкод {code} уже є в каталозі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="97"/>
        <source>The number of copies must be 1 or more.</source>
        <translation>Кількість примірників має бути 1 або більше.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="101"/>
        <source>Give one barcode for one copy, or none for several.</source>
        <translation>Вкажіть один штрихкод для одного примірника або жодного для кількох.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="158"/>
        <source>This copy is no longer in the catalogue.</source>
        <translation>Цього примірника вже немає в каталозі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/parcel_service.py" line="66"/>
        <source>{code} is a reader&apos;s card, not a copy&apos;s barcode.</source>
        <translation>{code} — це читацький квиток, а не штрихкод примірника.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/parcel_service.py" line="70"/>
        <source>No copy in the catalogue has the barcode {code}.</source>
        <translation>У каталозі немає примірника зі штрихкодом {code}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/parcel_service.py" line="78"/>
        <source>The copy {code} is already in this parcel.</source>
        <translation>Примірник {code} уже є в цій посилці.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/parcel_service.py" line="82"/>
        <source>The copy {code} is already in parcel {number}.</source>
        <translation>Примірник {code} уже є в посилці {number}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/parcel_service.py" line="111"/>
        <location filename="../../src/mandrivna/services/catalogue_service.py" line="139"/>
        <source>This record is no longer in the catalogue.</source>
        <translation>Цього запису вже немає в каталозі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/parcel_service.py" line="138"/>
        <source>A scanned copy is one book; scan each copy that goes.</source>
        <translation>Відсканований примірник — це одна книга; скануйте кожен примірник, що йде в посилку.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/parcel_service.py" line="174"/>
        <source>These copies are no longer on the shelf: {codes}. Remove them from the parcel before sending it.</source>
        <translation>Цих примірників уже немає на полиці: {codes}. Вилучіть їх із посилки, перш ніж її надсилати.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/parcel_service.py" line="231"/>
        <source>This parcel no longer exists.</source>
        <translation>Цієї посилки більше немає.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/parcel_service.py" line="249"/>
        <source>This line is no longer in the parcel.</source>
        <translation>Цього рядка вже немає в посилці.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="77"/>
        <source>The ISBN {isbn} is not valid (check its digits).</source>
        <translation>ISBN {isbn} недійсний (перевірте цифри).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="223"/>
        <source>{value} is not a date and time.</source>
        <translation>{value} — це не дата й час.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="232"/>
        <location filename="../../src/mandrivna/core/catalogue.py" line="137"/>
        <source>Enter the title.</source>
        <translation>Введіть назву.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="250"/>
        <source>The event ends before it starts.</source>
        <translation>Захід закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="253"/>
        <location filename="../../src/mandrivna/core/events.py" line="266"/>
        <source>A number of people cannot be negative.</source>
        <translation>Кількість людей не може бути від’ємною.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="273"/>
        <source>{count} in one audience group is more than the {total} who came.</source>
        <translation>{count} в одній групі — більше, ніж усього прийшло ({total}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="149"/>
        <source>The year {year} is not possible.</source>
        <translation>Рік {year} неможливий.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/hub_service.py" line="54"/>
        <source>The place name is too long (at most {n} characters).</source>
        <translation>Назва місця задовга (не більше {n} символів).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/hub_service.py" line="62"/>
        <location filename="../../src/mandrivna/services/event_service.py" line="85"/>
        <location filename="../../src/mandrivna/services/plan_service.py" line="117"/>
        <location filename="../../src/mandrivna/services/plan_service.py" line="178"/>
        <location filename="../../src/mandrivna/services/desk_service.py" line="112"/>
        <location filename="../../src/mandrivna/services/desk_service.py" line="170"/>
        <location filename="../../src/mandrivna/services/desk_counters.py" line="22"/>
        <location filename="../../src/mandrivna/core/events.py" line="236"/>
        <location filename="../../src/mandrivna/core/events.py" line="240"/>
        <location filename="../../src/mandrivna/core/events.py" line="243"/>
        <location filename="../../src/mandrivna/core/events.py" line="262"/>
        <location filename="../../src/mandrivna/core/catalogue.py" line="157"/>
        <source>Unknown type: {name}.</source>
        <translation>Невідомий вид: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/hub_service.py" line="106"/>
        <source>This hub is not in the directory.</source>
        <translation>Цього хабу немає в довіднику.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/hub_service.py" line="173"/>
        <source>Choose two different hubs.</source>
        <translation>Оберіть два різні хаби.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/hub_service.py" line="203"/>
        <source>The directory already has a hub called {name}. To make them one hub, merge them.</source>
        <translation>У довіднику вже є хаб «{name}». Щоб зробити їх одним хабом, об&apos;єднайте їх.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="159"/>
        <source>An online resource needs its URL.</source>
        <translation>Для онлайн-ресурсу потрібна адреса (URL).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="177"/>
        <source>Enter the copy&apos;s barcode.</source>
        <translation>Введіть штрихкод примірника.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="188"/>
        <source>A copy goes on loan and comes back only at the lending desk; its status says only whether it is available, lost, in transit or written off.</source>
        <translation>Примірник видають і повертають лише на кафедрі видачі; його стан показує тільки, чи він доступний, втрачений, у дорозі або списаний.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="191"/>
        <source>Unknown copy status: {name}.</source>
        <translation>Невідомий стан примірника: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue.py" line="196"/>
        <source>Unknown way of acquisition: {name}.</source>
        <translation>Невідомий спосіб надходження: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="48"/>
        <source>Check before lending:</source>
        <translation>Перевірте перед видачею:</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/desk_service.py" line="82"/>
        <source>This service session does not exist.</source>
        <translation>Такої зміни немає.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="138"/>
        <location filename="../../src/mandrivna/services/desk_service.py" line="91"/>
        <source>Open a service session first (the day at the hub).</source>
        <translation>Спершу відкрийте зміну (робочий день у хабі).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/desk_service.py" line="161"/>
        <source>Choose at least one topic.</source>
        <translation>Виберіть хоча б одну тему.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="103"/>
        <source>No copy has the barcode {code}.</source>
        <translation>Немає примірника зі штрихкодом {code}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="114"/>
        <source>This copy is not on loan. Scan a reader card first to lend it.</source>
        <translation>Цей примірник не видано. Щоб видати, спершу зіскануйте читацький квиток.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="129"/>
        <source>This copy is on loan. Scan it to take it back before lending it.</source>
        <translation>Цей примірник виданий. Відскануйте його, щоб прийняти повернення, перш ніж видавати знову.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="299"/>
        <source>The reader is blocked: {reason}. (Another laptop may have unblocked them since.)</source>
        <translation>Читача заблоковано: {reason}. (Можливо, на іншому ноутбуці його вже розблокували.)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="305"/>
        <source>This copy is recorded as lost or written off.</source>
        <translation>Цей примірник записано як втрачений або списаний.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="309"/>
        <source>This copy is recorded as in transit to a hub.</source>
        <translation>Цей примірник записано як такий, що в дорозі до хабу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="215"/>
        <source>This loan is already closed.</source>
        <translation>Цю видачу вже закрито.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/desk_service.py" line="121"/>
        <source>Enter what was given (a title or link).</source>
        <translation>Вкажіть, що надано (назву чи посилання).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/visit_service.py" line="49"/>
        <source>A visit count cannot be negative.</source>
        <translation>Кількість відвідувань не може бути від’ємною.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/plan_service.py" line="121"/>
        <location filename="../../src/mandrivna/cli_report.py" line="86"/>
        <source>The period ends before it starts.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/plan_service.py" line="123"/>
        <location filename="../../src/mandrivna/services/plan_service.py" line="188"/>
        <location filename="../../src/mandrivna/services/desk_counters.py" line="48"/>
        <source>A count cannot be negative.</source>
        <translation>Кількість не може бути від’ємною.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/plan_service.py" line="126"/>
        <source>Say where the figure comes from.</source>
        <translation>Вкажіть джерело цифри.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/plan_service.py" line="140"/>
        <source>{source} already has an entry for {start} – {end}; edit that one instead of adding another.</source>
        <translation>Для джерела «{source}» вже є запис за {start} – {end}; виправте його, а не додавайте ще один.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/plan_service.py" line="183"/>
        <source>Unknown indicator {name}.</source>
        <translation>Невідомий показник {name}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/plan_service.py" line="186"/>
        <source>{year} is not a plan year.</source>
        <translation>{year} — не рік плану.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/lending_service.py" line="244"/>
        <source>A lending period is 1 to 365 days.</source>
        <translation>Строк видачі — від 1 до 365 днів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/course_service.py" line="53"/>
        <source>A course needs at least one session to complete.</source>
        <translation>Для завершення курсу потрібне щонайменше одне заняття.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/course_service.py" line="69"/>
        <source>This course no longer exists.</source>
        <translation>Цього курсу вже немає.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/backup_service.py" line="82"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Теки {folder} не існує.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/backup_service.py" line="106"/>
        <source>The backup to {path} failed: {reason}</source>
        <translation>Не вдалося зробити копію в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/backup_service.py" line="187"/>
        <source>{path} is not a usable Mandrivna backup (damaged or not a backup).</source>
        <translation>{path} — не придатна резервна копія Мандрівної (пошкоджена або це не копія).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/backup_service.py" line="196"/>
        <source>{path} does not open with this passphrase. A backup needs the passphrase it was made with (or the file is damaged).</source>
        <translation>{path} не відкривається з цією парольною фразою. Резервна копія відкривається лише з тією парольною фразою, з якою її створено (або файл пошкоджено).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/backup_service.py" line="211"/>
        <source>{path} was made by a newer version of Mandrivna. Update the app.</source>
        <translation>{path} зроблено новішою версією Мандрівної. Оновіть програму.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="60"/>
        <source>Choose the hub the parcel goes to.</source>
        <translation>Виберіть хаб, до якого йде посилка.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="71"/>
        <source>The parcel has already been sent; its contents can no longer change.</source>
        <translation>Посилку вже надіслано; її вміст більше не можна змінити.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="77"/>
        <source>The parcel has already been received; its contents can no longer change.</source>
        <translation>Посилку вже отримано; її вміст більше не можна змінити.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="82"/>
        <source>The parcel has already been sent.</source>
        <translation>Посилку вже надіслано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="84"/>
        <source>The parcel has already been received.</source>
        <translation>Посилку вже отримано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="88"/>
        <source>The parcel is empty: add books before sending it.</source>
        <translation>Посилка порожня: додайте книги, перш ніж її надсилати.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="98"/>
        <source>The parcel has not been sent yet; its receipt can be confirmed once it is sent.</source>
        <translation>Посилку ще не надіслано; отримання можна підтвердити лише після відправлення.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="102"/>
        <source>The receipt of this parcel has already been confirmed.</source>
        <translation>Отримання цієї посилки вже підтверджено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="108"/>
        <source>Enter the carrier&apos;s waybill number.</source>
        <translation>Введіть номер накладної перевізника.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="117"/>
        <source>The date {date} is in the future.</source>
        <translation>Дата {date} ще не настала.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="124"/>
        <source>The date {date} is before the parcel&apos;s previous step ({earlier}).</source>
        <translation>Дата {date} раніша за попередній етап посилки ({earlier}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="134"/>
        <source>The quantity must be from 1 to {most}.</source>
        <translation>Кількість має бути від 1 до {most}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="149"/>
        <source>The copy {code} is on loan; it can go in a parcel once it is returned.</source>
        <translation>Примірник {code} видано читачеві; його можна додати до посилки, коли його повернуть.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="154"/>
        <source>The copy {code} is already on its way in a parcel.</source>
        <translation>Примірник {code} уже в дорозі в посилці.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="159"/>
        <source>The copy {code} is lost or written off.</source>
        <translation>Примірник {code} втрачено або списано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="163"/>
        <source>The copy {code} is already at {hub}.</source>
        <translation>Примірник {code} уже там, куди йде посилка: {hub}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/table_files.py" line="37"/>
        <source>Choose a .csv or .xlsx file, not {file}.</source>
        <translation>Виберіть файл .csv або .xlsx, а не {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/table_files.py" line="43"/>
        <location filename="../../src/mandrivna/services/marc_files.py" line="60"/>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Не вдається прочитати файл {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/table_files.py" line="80"/>
        <source>The file {file} is not an XLSX workbook.</source>
        <translation>Файл {file} не є книгою Excel (XLSX).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/table_files.py" line="156"/>
        <source>The file {file} is empty.</source>
        <translation>Файл {file} порожній.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/table_files.py" line="168"/>
        <source>The file has no column {column}. The first row must name the columns as in the template.</source>
        <translation>У файлі немає стовпця {column}. У першому рядку мають бути назви стовпців, як у шаблоні.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/table_files.py" line="250"/>
        <source>The file {file} cannot be written: {reason}.</source>
        <translation>Не вдається записати файл {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/marc_files.py" line="123"/>
        <source>The file {file} is not a MARC file (ISO 2709 or XML).</source>
        <translation>Файл {file} не є файлом MARC (ISO 2709 або XML).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/marc_files.py" line="159"/>
        <source>The file {file} is not readable MARCXML: {reason}.</source>
        <translation>Файл {file} не вдається прочитати як MARCXML: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/import_report.py" line="127"/>
        <source>Nothing was imported: {count} problems must be fixed in the file first.</source>
        <translation>Нічого не імпортовано: спершу виправте у файлі проблеми ({count}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="67"/>
        <source>The same record as on line {number}; both go into one record.</source>
        <translation>Той самий запис, що й у рядку {number}; обидва рядки стануть одним записом.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="72"/>
        <source>The same record as record {number}; both go into one record.</source>
        <translation>Той самий запис, що й запис {number}; обидва стануть одним записом.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="77"/>
        <source>The barcode {code} is also given to another record on line {number}.</source>
        <translation>Штрихкод {code} також указано для іншого запису в рядку {number}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="82"/>
        <source>The barcode {code} is also given to another record in record {number}.</source>
        <translation>Штрихкод {code} також указано для іншого запису — запису {number}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="141"/>
        <source>This record was deleted from the catalogue; it goes in as a new one.</source>
        <translation>Цей запис було видалено з каталогу; його буде додано як новий.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="213"/>
        <source>The barcode {code} belongs to a copy of another record in the catalogue.</source>
        <translation>Штрихкод {code} уже має примірник іншого запису в каталозі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="318"/>
        <source>The record is damaged and cannot be read ({reason}).</source>
        <translation>Запис пошкоджено, його не вдається прочитати ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="334"/>
        <source>Some letters could not be read as {encoding}: check the file&apos;s encoding.</source>
        <translation>Деякі літери не вдалося прочитати в кодуванні {encoding}: перевірте кодування файлу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="368"/>
        <source>Choose a MARC file (.mrc, .iso, .xml) or a table (.csv, .xlsx), not {file}.</source>
        <translation>Виберіть файл MARC (.mrc, .iso, .xml) або таблицю (.csv, .xlsx), а не {file}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/catalogue_import.py" line="434"/>
        <location filename="../../src/mandrivna/services/reader_import.py" line="151"/>
        <source>These columns are not used: {names}.</source>
        <translation>Ці стовпці не використовуються: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_import.py" line="66"/>
        <source>The card number {card} is also on line {number}.</source>
        <translation>Номер читацького квитка {card} також є в рядку {number}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_import.py" line="94"/>
        <source>May be the same person as the registered reader {name} (card {card}).</source>
        <translation>Можливо, це та сама особа, що й зареєстрований читач {name} (квиток {card}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/text_encoding.py" line="52"/>
        <source>Unknown encoding {name}: use utf-8 or cp1251 (Windows-1251).</source>
        <translation>Невідоме кодування {name}: вкажіть utf-8 або cp1251 (Windows-1251).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/import_rows.py" line="62"/>
        <source>The ISBN {isbn} is not valid; the record goes in without it.</source>
        <translation>ISBN {isbn} неправильний; запис буде імпортовано без нього.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/import_rows.py" line="74"/>
        <source>The record has no title.</source>
        <translation>У записі немає назви.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/import_rows.py" line="84"/>
        <source>The year {year} is not possible; the record goes in without it.</source>
        <translation>Рік {year} неможливий; запис буде імпортовано без року.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue_template.py" line="107"/>
        <source>The id {value} was not made by Mandrivna: leave it empty.</source>
        <translation>Ідентифікатор {value} створено не Мандрівною: залиште цю клітинку порожньою.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/catalogue_template.py" line="118"/>
        <source>The number of copies cannot be negative.</source>
        <translation>Кількість примірників не може бути від’ємною.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/table_cells.py" line="72"/>
        <source>{what} must be a whole number, not {value}.</source>
        <translation>У стовпці {what} має бути ціле число, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/table_cells.py" line="87"/>
        <source>{what} must be yes or no, not {value}.</source>
        <translation>У стовпці {what} має бути «так» або «ні», а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/table_cells.py" line="111"/>
        <source>{what} must be a date like 2025-03-31 or 31.03.2025, not {value}.</source>
        <translation>У стовпці {what} має бути дата на зразок 2025-03-31 або 31.03.2025, а не «{value}».</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/marc_mapping.py" line="70"/>
        <source>Unknown MARC flavour {name}: use marc21 or unimarc.</source>
        <translation>Невідомий різновид MARC {name}: вкажіть marc21 або unimarc.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/reader_template.py" line="97"/>
        <source>No consent to personal-data processing: the reader cannot be imported.</source>
        <translation>Немає згоди на обробку персональних даних: читача не можна імпортувати.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="103"/>
        <source>This data folder is not set up yet: give both --hub and --librarian.</source>
        <translation>Цю папку даних ще не налаштовано: вкажіть і --hub, і --librarian.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="109"/>
        <location filename="../../src/mandrivna/services/encryption_service.py" line="35"/>
        <source>The data on this laptop is already encrypted.</source>
        <translation>Дані на цьому ноутбуці вже зашифровано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_setup.py" line="137"/>
        <source>This laptop is not set up yet: give the librarian&apos;s name with --librarian (the hub comes from the enrollment).</source>
        <translation>Цей ноутбук ще не налаштовано: вкажіть ім’я бібліотекаря в --librarian (хаб буде взято з підключення).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/encryption_service.py" line="47"/>
        <source>The data on this laptop is not encrypted yet.</source>
        <translation>Дані на цьому ноутбуці ще не зашифровано.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/folder_encryption.py" line="54"/>
        <source>The file {path}, which says how this folder is encrypted, is damaged. Restore it from a copy, or restore the database from a backup into a new folder.</source>
        <translation>Файл {path}, що описує шифрування цієї папки, пошкоджено. Відновіть його з копії або відновіть базу даних із резервної копії в нову папку.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/folder_encryption.py" line="84"/>
        <source>The data in {folder} is encrypted and needs its passphrase. For commands and scheduled tasks, put it in the environment variable MANDRIVNA_PASSPHRASE.</source>
        <translation>Дані в {folder} зашифровано, і для них потрібна парольна фраза. Для команд і запланованих завдань задайте її у змінній середовища MANDRIVNA_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/folder_encryption.py" line="96"/>
        <source>The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Неправильна парольна фраза. Перевірте розкладку клавіатури та Caps Lock і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/folder_encryption.py" line="115"/>
        <source>{path} is encrypted: it opens only with the passphrase it was made with.</source>
        <translation>{path} зашифровано: його можна відкрити лише з тією парольною фразою, з якою його створено.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/database_key.py" line="65"/>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>Парольна фраза має містити щонайменше {count} символів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/database_key.py" line="71"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Дві парольні фрази не збігаються. Введіть їх ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_questions.py" line="37"/>
        <source>There is nobody here to answer the command&apos;s question: run it again with --yes.</source>
        <translation>Тут немає кому відповісти на питання команди: запустіть її ще раз із --yes.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_questions.py" line="59"/>
        <source>There is no terminal to type the passphrase in: put it in the environment variable MANDRIVNA_PASSPHRASE.</source>
        <translation>Немає термінала, щоб ввести парольну фразу: покладіть її у змінну середовища MANDRIVNA_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/store/change_writer.py" line="62"/>
        <source>This entry is too large to be synced: a text may hold at most {text} characters, a list {items} items, and the whole entry {size} KB. Shorten it and save again.</source>
        <translation>Цей запис завеликий для синхронізації: текст може мати щонайбільше {text} символів, список — {items} елементів, а весь запис — {size} КБ. Скоротіть його й збережіть ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/demo/generator.py" line="99"/>
        <source>Choose from 2 to {most} hubs.</source>
        <translation>Виберіть від 2 до {most} хабів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/demo/generator.py" line="103"/>
        <source>Choose a year from {first} to {last}.</source>
        <translation>Виберіть рік від {first} до {last}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/demo/generator.py" line="109"/>
        <source>The scale must be above 0 and at most {most}.</source>
        <translation>Масштаб має бути більшим за 0 і не більшим за {most}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/demo/generator.py" line="119"/>
        <source>The year {year} has only just begun: make the demo of {previous} with --year {previous}.</source>
        <translation>{year} рік тільки почався: створіть демодані за {previous} рік (--year {previous}).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/demo/target_folder.py" line="53"/>
        <source>The data folder {folder} already holds data: choose an empty folder with --data-dir, or add --yes to replace it (a backup of it is kept).</source>
        <translation>У папці даних {folder} уже є дані: виберіть порожню папку через --data-dir або додайте --yes, щоб замінити їх (резервна копія зберігається).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="131"/>
        <location filename="../../src/mandrivna/cli_report.py" line="116"/>
        <source>A report is written as {formats}.</source>
        <translation>Звіт можна записати лише у форматі {formats}.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="75"/>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>«{value}» — не дата (РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/cli_report.py" line="83"/>
        <source>Give both --from and --to.</source>
        <translation>Вкажіть і --from, і --to.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/hub_overview.py" line="215"/>
        <source>The server does not know this laptop.</source>
        <translation>Сервер не знає цього ноутбука.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/hub_overview.py" line="226"/>
        <location filename="../../src/mandrivna/sync/transport.py" line="435"/>
        <source>Only a coordinator&apos;s laptop can see every hub&apos;s laptops, issue codes and revoke laptops.</source>
        <translation>Лише ноутбук координатора може бачити ноутбуки всіх хабів, видавати коди й відкликати ноутбуки.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/review_service.py" line="30"/>
        <source>Only a coordinator&apos;s laptop decides the review queue.</source>
        <translation>Рішення в черзі перевірки ухвалюють лише на ноутбуці координатора.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/review_service.py" line="109"/>
        <source>This item has no other value.</source>
        <translation>У цього випадку немає іншого значення.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/desk_counters.py" line="30"/>
        <source>A count must be at least 1.</source>
        <translation>Кількість має бути не менше 1.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/reader_merge_service.py" line="43"/>
        <source>Only a coordinator&apos;s laptop merges readers.</source>
        <translation>Об&apos;єднувати читачів можна лише на ноутбуці координатора.</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="15"/>
        <source>Non-formal education</source>
        <translation>Неформальна освіта</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="16"/>
        <source>Digital skills</source>
        <translation>Цифрові навички</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="17"/>
        <source>Media literacy</source>
        <translation>Медіаграмотність</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="18"/>
        <source>Ukrainian language</source>
        <translation>Українська мова</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="19"/>
        <source>National identity</source>
        <translation>Національна ідентичність</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="20"/>
        <source>Literature promotion</source>
        <translation>Популяризація літератури</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="21"/>
        <source>Psychological support</source>
        <translation>Психологічна підтримка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="22"/>
        <source>Volunteering</source>
        <translation>Волонтерство</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="23"/>
        <source>Project work</source>
        <translation>Проєктна діяльність</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="26"/>
        <source>Training</source>
        <translation>Тренінг</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="27"/>
        <source>Workshop</source>
        <translation>Практикум</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="28"/>
        <source>Club meeting</source>
        <translation>Засідання клубу</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="29"/>
        <source>Master class</source>
        <translation>Майстер-клас</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="30"/>
        <source>Lecture</source>
        <translation>Лекція</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="31"/>
        <source>Exhibition</source>
        <translation>Виставка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="32"/>
        <source>Stream</source>
        <translation>Трансляція</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="33"/>
        <source>Webinar</source>
        <translation>Вебінар</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="34"/>
        <source>Course session</source>
        <translation>Заняття курсу</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="35"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="38"/>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="39"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="40"/>
        <source>Hybrid</source>
        <translation>Гібридний</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="44"/>
        <source>Research and Methodology Department</source>
        <translation>Відділ науково-методичної роботи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="45"/>
        <source>Information Technology and E-Resources Department</source>
        <translation>Відділ інформаційних технологій та електронних ресурсів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="46"/>
        <source>Collection Development and E-Cataloguing Department</source>
        <translation>Відділ формування фонду та електронного каталогізування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="47"/>
        <source>Reading Promotion Centre</source>
        <translation>Центр просування читання</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="51"/>
        <source>Displaced people</source>
        <translation>Внутрішньо переміщені особи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="52"/>
        <source>Aged 55+</source>
        <translation>Вік 55+</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="53"/>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="54"/>
        <source>Youth</source>
        <translation>Молодь</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="55"/>
        <source>Military and veterans</source>
        <translation>Військові та ветерани</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="56"/>
        <source>People with disabilities</source>
        <translation>Люди з інвалідністю</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="57"/>
        <source>Military families</source>
        <translation>Родини військових</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="58"/>
        <source>Librarians (professional audience)</source>
        <translation>Бібліотекарі (фахова аудиторія)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="63"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="64"/>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="65"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="69"/>
        <source>1 Methodological work with libraries</source>
        <translation>1 Науково-методична робота з бібліотеками</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="70"/>
        <source>3.1 Socio-cultural activities</source>
        <translation>3.1 Соціокультурна діяльність</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="71"/>
        <source>3.2 Personal development</source>
        <translation>3.2 Особистісний розвиток</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/events.py" line="72"/>
        <source>3.3 Digital competences</source>
        <translation>3.3 Цифрові компетентності</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../src/mandrivna/services/import_report.py" line="111"/>
        <source>Line {number}</source>
        <translation>Рядок {number}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/import_report.py" line="113"/>
        <source>Record {number}</source>
        <translation>Запис {number}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/import_report.py" line="115"/>
        <source>Warning: {text}</source>
        <translation>Попередження: {text}</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <location filename="../../src/mandrivna/ui/gui_main.py" line="49"/>
        <source>The data on this laptop is encrypted. Enter the passphrase.</source>
        <translation>Дані на цьому ноутбуці зашифровано. Введіть парольну фразу.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/gui_main.py" line="243"/>
        <source>{problem}

The newest good backup is from {when}: {readers} readers, {loans} books on loan. Restore it? Changes this laptop already sent to the sync server come back at the next sync. The damaged file is kept.</source>
        <translation>{problem}

Найновіша справна резервна копія — від {when}: читачів — {readers}, книжок на руках — {loans}. Відновити з неї? Зміни, які цей ноутбук уже надіслав на сервер синхронізації, повернуться під час наступної синхронізації. Пошкоджений файл збережено.</translation>
    </message>
</context>
<context>
    <name>hubs</name>
    <message>
        <location filename="../../src/mandrivna/core/hubs.py" line="24"/>
        <source>Humanitarian hub</source>
        <translation>Гуманітарний хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/hubs.py" line="25"/>
        <source>Partner library</source>
        <translation>Бібліотека-партнер</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/hubs.py" line="26"/>
        <source>Mobile point</source>
        <translation>Мобільний пункт</translation>
    </message>
</context>
<context>
    <name>indicator short names</name>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="14"/>
        <source>Users served</source>
        <translation>Обслужено користувачів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="15"/>
        <source>Card holders</source>
        <translation>З читацьким квитком</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="16"/>
        <source>Without a card</source>
        <translation>Без читацького квитка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="17"/>
        <source>Registered (ЄРК)</source>
        <translation>За ЄРК</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="18"/>
        <source>Virtual users</source>
        <translation>Віртуальні користувачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="19"/>
        <source>Visits</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="20"/>
        <source>Stationary</source>
        <translation>Стаціонарні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="21"/>
        <source>Non-stationary</source>
        <translation>Нестаціонарні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="22"/>
        <source>Remote</source>
        <translation>Дистанційні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="23"/>
        <source>Virtual visits</source>
        <translation>Віртуальні</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="24"/>
        <source>Loans</source>
        <translation>Книговидача</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="25"/>
        <source>E-loans</source>
        <translation>Електронні видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="26"/>
        <source>Printed loans</source>
        <translation>Друковані видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="27"/>
        <source>Used in the hub</source>
        <translation>Використано в хабі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="28"/>
        <source>Renewals</source>
        <translation>Продовження</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="29"/>
        <source>Free resources</source>
        <translation>Вільні ресурси</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="30"/>
        <source>Reference answers</source>
        <translation>Довідки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="31"/>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="32"/>
        <source>Educational</source>
        <translation>Освітні консультації</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="33"/>
        <source>Books acquired</source>
        <translation>Надходження книг</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="34"/>
        <source>E-resources acquired</source>
        <translation>Надходження е-ресурсів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="35"/>
        <source>Items processed</source>
        <translation>Технічна обробка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="36"/>
        <source>Records catalogued</source>
        <translation>Каталогізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="37"/>
        <source>Events held</source>
        <translation>Проведені заходи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="38"/>
        <source>Event attendance</source>
        <translation>Відвідування заходів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="39"/>
        <source>Courses completed</source>
        <translation>Завершені курси</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicator_short_names.py" line="40"/>
        <source>Parcels sent</source>
        <translation>Надіслані посилки</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="55"/>
        <source>persons</source>
        <translation>осіб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="56"/>
        <source>visits</source>
        <translation>відвідувань</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="57"/>
        <source>loans</source>
        <translation>документовидач</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="58"/>
        <source>items</source>
        <translation>одиниць</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="59"/>
        <source>answers</source>
        <translation>довідок</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="60"/>
        <source>consultations</source>
        <translation>консультацій</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="61"/>
        <source>copies</source>
        <translation>прим.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="62"/>
        <source>documents</source>
        <translation>док.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="63"/>
        <source>records</source>
        <translation>записів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="64"/>
        <source>events</source>
        <translation>заходів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="65"/>
        <source>attendances</source>
        <translation>відвідувань заходів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="66"/>
        <source>courses</source>
        <translation>курсів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="68"/>
        <source>parcels</source>
        <translation>посилок</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="72"/>
        <source>Users served</source>
        <translation>Кількість обслужених користувачів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="81"/>
        <source>Card holders served in the period by any channel (event check-ins included), each once however many hubs served them, plus people served without a card (counted once each at the desk), plus the virtual users entered for the period. A merged duplicate reader counts once.</source>
        <translation>Власники читацьких квитків, обслужені за період будь-яким каналом (зокрема відмічені на заходах), кожен один раз, хоч скільки хабів їх обслуговувало, плюс особи, обслужені без квитка (кожна один раз на видачі), плюс віртуальні користувачі, внесені за період. Об’єднаний дублікат читача рахується один раз.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="86"/>
        <source>of which card holders</source>
        <translation>з них власники читацьких квитків</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="93"/>
        <source>Distinct registered readers with a visit, loan, e-loan, consultation, event check-in, registration or re-registration in the period.</source>
        <translation>Різні зареєстровані читачі, які за період мали відвідування, видачу, електронну видачу, консультацію, відмітку на заході, реєстрацію чи перереєстрацію.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="99"/>
        <source>of which served without a card</source>
        <translation>з них обслужені без читацького квитка</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="106"/>
        <source>People served without registering, each counted once at the desk (a new person without a card); they cannot be told apart across hubs, so hubs add up.</source>
        <translation>Особи, обслужені без реєстрації, кожна враховується один раз на видачі (нова особа без квитка); між хабами їх не розрізнити, тож показники хабів додаються.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="112"/>
        <source>Users registered (ЄРК)</source>
        <translation>Кількість користувачів за ЄРК</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="120"/>
        <source>Readers registered or re-registered in the period, each once (one registration file for the whole library). Erased readers still count: their registration is kept.</source>
        <translation>Читачі, зареєстровані або перереєстровані за період, кожен один раз (єдина реєстраційна картотека всієї бібліотеки). Вилучені читачі теж рахуються: їхня реєстрація зберігається.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="125"/>
        <source>Virtual users</source>
        <translation>Кількість віртуальних користувачів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="132"/>
        <source>People served only online, entered per period from the web analytics (one entry per source and period); they are counted within users served too.</source>
        <translation>Особи, обслужені лише онлайн, внесені за період із вебаналітики (один запис на джерело й період); вони входять і до кількості обслужених користувачів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="137"/>
        <source>Visits, total</source>
        <translation>Відвідування (загалом)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="144"/>
        <source>The sum of stationary, non-stationary, remote and virtual visits. Visits, not visitors: a person counts once a day at each hub.</source>
        <translation>Сума стаціонарних, нестаціонарних, дистанційних і віртуальних відвідувань. Рахуються відвідування, а не відвідувачі: особа — один раз на день у кожному хабі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="149"/>
        <source>of which in the library&apos;s own premises</source>
        <translation>зокрема стаціонарні (у власному приміщенні бібліотеки)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="156"/>
        <source>Visits at sessions held in the library&apos;s own premises (none planned while the library works as a travelling library).</source>
        <translation>Відвідування під час обслуговування у власному приміщенні бібліотеки (не плануються, поки бібліотека працює як мандрівна).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="162"/>
        <source>of which through non-stationary service</source>
        <translation>зокрема через нестаціонарне обслуговування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="170"/>
        <source>At hubs and mobile points: a card holder once a day per hub, anonymous visitors counted at the desk, registrations in person, and the in-person headcount of events at hubs less the card holders already counted there that day.</source>
        <translation>У хабах і мобільних пунктах: власник квитка один раз на день у кожному хабі, анонімні відвідувачі, враховані на видачі, реєстрації особисто, а також присутні на заходах у хабах за вирахуванням власників квитків, уже врахованих там того дня.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="176"/>
        <source>of which through remote service</source>
        <translation>зокрема через дистанційне обслуговування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="184"/>
        <source>By phone, messenger, e-mail and online: remote consultations and e-services, remote visits counted at the desk, and the live participants of online events (views of a recording are not visits).</source>
        <translation>Телефоном, через месенджери, електронною поштою й онлайн: дистанційні консультації та електронні послуги, дистанційні відвідування, враховані на видачі, і учасники онлайн-заходів у прямому ефірі (перегляди запису не є відвідуваннями).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="190"/>
        <source>of which virtual visits (web resources)</source>
        <translation>зокрема віртуальні відвідування (інтернет-ресурсів)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="197"/>
        <source>Sessions on the library&apos;s web resources from outside, however many pages, entered per period (page views, followers and reach are not visits).</source>
        <translation>Сеанси на вебресурсах бібліотеки ззовні, хоч скільки сторінок переглянуто, внесені за період (перегляди сторінок, підписники й охоплення не є відвідуваннями).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="203"/>
        <source>Loans (документовидача)</source>
        <translation>Книговидача (документовидача)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="211"/>
        <source>Printed items lent (renewals are not new loans: ISO 2789, 6.2.3.2), items used in the hub without being taken away (6.2.3.4), and electronic loans. Free internet resources are not loans.</source>
        <translation>Видані друковані документи (продовження — не нова видача: ISO 2789, 6.2.3.2), документи, використані в хабі без виносу (6.2.3.4), та електронні видачі. Вільні ресурси інтернету не є видачами.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="216"/>
        <source>of which electronic</source>
        <translation>зокрема електронна</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="221"/>
        <source>Access given to an e-book or an item of a content aggregator.</source>
        <translation>Наданий доступ до електронної книги або документа агрегатора контенту.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="227"/>
        <source>of which printed</source>
        <translation>зокрема друкованих документів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="234"/>
        <source>Copies lent at the desk (a copy lent twice before a sync counts twice: two people took it). The plan&apos;s figure is the total less the electronic loans.</source>
        <translation>Примірники, видані на абонементі (примірник, виданий двічі до синхронізації, рахується двічі: його взяли дві особи). Планове значення — загальна книговидача без електронної.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="240"/>
        <source>of which used in the hub</source>
        <translation>зокрема використано в хабі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="245"/>
        <source>Items read at the hub without being taken away, counted at the desk.</source>
        <translation>Документи, прочитані в хабі без виносу, враховані на видачі.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="251"/>
        <source>Renewals (not loans)</source>
        <translation>Продовження (не видачі)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="256"/>
        <source>Loans renewed, on a line of their own (ISO 2789, 6.2.3.2).</source>
        <translation>Продовжені видачі, окремим рядком (ISO 2789, 6.2.3.2).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="261"/>
        <source>Free internet resources given out</source>
        <translation>Видача вільних ресурсів інтернет</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="266"/>
        <source>Links and QR codes to free resources given to people; not loans.</source>
        <translation>Посилання й QR-коди на вільні ресурси, надані людям; не є видачами.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="271"/>
        <source>Reference answers</source>
        <translation>Довідки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="278"/>
        <source>Questions answered with staff knowledge or sources; a question referred on still counts. Directional questions are not recorded.</source>
        <translation>Запити, виконані із залученням знань працівника або джерел; переадресований запит теж рахується. Адресно-навігаційні питання не записуються.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="283"/>
        <source>Consultations</source>
        <translation>Консультації</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="286"/>
        <source>Consultations given, by any channel.</source>
        <translation>Надані консультації будь-яким каналом.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="291"/>
        <source>of which educational</source>
        <translation>з них освітнього напрямку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="298"/>
        <source>Consultations with an educational topic; digital skills and e-government (Дія) count as educational unless the setting says otherwise.</source>
        <translation>Консультації з освітньою темою; цифрові навички та електронні держпослуги (Дія) вважаються освітніми, якщо в налаштуваннях не вказано інакше.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="304"/>
        <source>Books acquired</source>
        <translation>Надходження видань до фонду: книги</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="309"/>
        <source>Copies of books acquired in the period (bought or donated).</source>
        <translation>Примірники книг, що надійшли за період (придбані чи подаровані).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="314"/>
        <source>Electronic resources acquired</source>
        <translation>Надходження електронних ресурсів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="319"/>
        <source>Records of e-books, audiobooks and online resources created.</source>
        <translation>Створені записи електронних книг, аудіокниг і онлайн-ресурсів.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="324"/>
        <source>Items technically processed</source>
        <translation>Технічна обробка видань</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="327"/>
        <source>Copies given a barcode in the period.</source>
        <translation>Примірники, яким за період присвоєно штрихкод.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="332"/>
        <source>Records catalogued</source>
        <translation>Каталогізація</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="335"/>
        <source>Catalogue records created in the period.</source>
        <translation>Каталожні записи, створені за період.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="340"/>
        <source>Events held</source>
        <translation>Проведені заходи</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="347"/>
        <source>Events that took place (not planned or cancelled ones); each course session is an event.</source>
        <translation>Заходи, що відбулися (не заплановані й не скасовані); кожне заняття курсу — окремий захід.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="352"/>
        <source>Event attendance</source>
        <translation>Відвідування заходів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="359"/>
        <source>In-person headcount (or the card check-ins, if more) plus live online participants. The plan sets no target.</source>
        <translation>Кількість присутніх особисто (або відмічених за квитками, якщо їх більше) плюс учасники онлайн у прямому ефірі. План не встановлює показника.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="364"/>
        <source>Courses completed by participants</source>
        <translation>Учасники, які завершили курси</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="371"/>
        <source>Enrolments whose sessions attended reached the course&apos;s number by the end of the period.</source>
        <translation>Записи на курс, у яких кількість відвіданих занять досягла потрібної на кінець періоду.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="376"/>
        <source>Parcels of donated books sent to hubs</source>
        <translation>Посилки з подарованими книгами, надіслані до хабів</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/indicators.py" line="379"/>
        <source>Parcels sent in the period, by destination hub.</source>
        <translation>Посилки, надіслані за період, за хабами призначення.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../src/mandrivna/core/opening_steps.py" line="32"/>
        <source>Checking every page of the database…</source>
        <translation>Перевіряємо кожну сторінку бази даних…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/opening_steps.py" line="35"/>
        <source>Making a backup copy of the database before updating it…</source>
        <translation>Робимо резервну копію бази даних перед оновленням…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/opening_steps.py" line="38"/>
        <source>Updating the database for this version of Mandrivna…</source>
        <translation>Оновлюємо базу даних для цієї версії «Мандрівної»…</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/opening_steps.py" line="46"/>
        <source>This can take a few minutes on a full year&apos;s data. Please do not switch the laptop off.</source>
        <translation>Це може тривати кілька хвилин на даних за цілий рік. Не вимикайте ноутбук.</translation>
    </message>
</context>
<context>
    <name>parcels</name>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="18"/>
        <source>Formed</source>
        <translation>Сформована</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="19"/>
        <source>Sent</source>
        <translation>Надіслана</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/parcel.py" line="20"/>
        <source>Received</source>
        <translation>Отримана</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <location filename="../../src/mandrivna/core/report_periods.py" line="19"/>
        <source>Q1</source>
        <translation>I квартал</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/report_periods.py" line="20"/>
        <source>first half-year</source>
        <translation>I півріччя</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/report_periods.py" line="21"/>
        <source>nine months</source>
        <translation>9 місяців</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/report_periods.py" line="22"/>
        <source>year</source>
        <translation>рік</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="37"/>
        <source>Virtual visits</source>
        <translation>Віртуальні відвідування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="38"/>
        <source>Virtual users</source>
        <translation>Віртуальні користувачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="42"/>
        <source>visits</source>
        <translation>відвідування</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="43"/>
        <source>users</source>
        <translation>користувачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="46"/>
        <source>web sessions</source>
        <translation>сеанси на вебресурсах</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="47"/>
        <source>page or video views (not visits)</source>
        <translation>перегляди сторінок чи відео (не відвідування)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/virtual_entries_box.py" line="48"/>
        <source>reach or followers (not visits)</source>
        <translation>охоплення чи підписники (не відвідування)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="42"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="43"/>
        <source>Q1</source>
        <translation>I квартал</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="44"/>
        <source>Q2</source>
        <translation>II квартал</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="45"/>
        <source>Q3</source>
        <translation>III квартал</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="46"/>
        <source>Q4</source>
        <translation>IV квартал</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="49"/>
        <source>Target</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/plan_page.py" line="50"/>
        <source>Done (no records)</source>
        <translation>Виконано (без записів)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="22"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="23"/>
        <source>Indicator</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="24"/>
        <source>Unit</source>
        <translation>Од. виміру</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="25"/>
        <source>Plan for the year</source>
        <translation>План на рік</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="26"/>
        <source>Expected by the period</source>
        <translation>Очікувано за період</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="27"/>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="28"/>
        <source>% of plan</source>
        <translation>% плану</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="29"/>
        <source>% of expected</source>
        <translation>% очікуваного</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="30"/>
        <source>Same period last year</source>
        <translation>Той самий період минулого року</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="31"/>
        <source>Counting rule</source>
        <translation>Правило підрахунку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="38"/>
        <source>People are counted once in the period: a person served at several hubs counts once for the library, so the hubs&apos; figures for people need not add up to the library&apos;s.</source>
        <translation>Особи рахуються один раз за період: людина, обслужена в кількох хабах, для бібліотеки рахується один раз, тож показники хабів щодо осіб не обов’язково дають у сумі показник бібліотеки.</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="41"/>
        <source>* the figure entered for that year (no records of it are held).</source>
        <translation>* значення, внесене за той рік (записів про нього немає).</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="50"/>
        <source>year {year}</source>
        <translation>{year} рік</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="53"/>
        <source>quarter {q} of {year}</source>
        <translation>{q} квартал {year} року</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_pdf.py" line="58"/>
        <location filename="../../src/mandrivna/services/report_export.py" line="94"/>
        <source>The plan and what was done</source>
        <translation>Виконання плану</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/report_pdf.py" line="123"/>
        <source>Counting rules</source>
        <translation>Правила підрахунку</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="95"/>
        <source>Period: {period} ({start} – {end})</source>
        <translation>Період: {period} ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="100"/>
        <source>Hub: {hub}</source>
        <translation>Хаб: {hub}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/pages/dashboard_page.py" line="124"/>
        <location filename="../../src/mandrivna/ui/pages/reports_page.py" line="173"/>
        <location filename="../../src/mandrivna/services/report_export.py" line="102"/>
        <source>all hubs</source>
        <translation>усі хаби</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="112"/>
        <source>{hub}: data as of {when}</source>
        <translation>{hub}: дані станом на {when}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="118"/>
        <source>Not synced since the period ended (a late sync may change these figures): {hubs}</source>
        <translation>Не синхронізувалися після закінчення періоду (пізня синхронізація може змінити ці показники): {hubs}</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/services/report_export.py" line="161"/>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="17"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="18"/>
        <source>e-mail</source>
        <translation>ел. пошта</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="19"/>
        <source>settlement</source>
        <translation>населений пункт</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="20"/>
        <source>surname</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="21"/>
        <source>given name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="22"/>
        <source>notes</source>
        <translation>примітки</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="23"/>
        <source>status</source>
        <translation>стан</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="24"/>
        <source>hub</source>
        <translation>хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="25"/>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="28"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="29"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="31"/>
        <source>About</source>
        <translation>Кого чи що стосується</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="32"/>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="33"/>
        <source>Who and when</source>
        <translation>Хто і коли</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="34"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="41"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="51"/>
        <source>unknown laptop</source>
        <translation>невідомий ноутбук</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="63"/>
        <source>%1: «%2» replaced «%3»</source>
        <translation>%1: «%2» замість «%3»</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="69"/>
        <source>kept: %1; replaced: %2</source>
        <translation>залишено: %1; замінено: %2</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="74"/>
        <source>lent: %1</source>
        <translation>видано: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="76"/>
        <source>lent again: %1</source>
        <translation>видано вдруге: %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/ui/review_item_text.py" line="79"/>
        <source>stamps dated as late as %1</source>
        <translation>позначки часу аж до %1</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/review_items.py" line="22"/>
        <source>Copy lent at two hubs</source>
        <translation>Примірник видано у двох хабах</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/review_items.py" line="23"/>
        <source>Return without a loan</source>
        <translation>Повернення без видачі</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/review_items.py" line="24"/>
        <source>Lent despite a warning</source>
        <translation>Видано попри попередження</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/review_items.py" line="25"/>
        <source>Concurrent edit</source>
        <translation>Одночасні зміни</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/review_items.py" line="26"/>
        <source>Laptop clock ahead</source>
        <translation>Годинник ноутбука поспішає</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/review_items.py" line="29"/>
        <source>kept</source>
        <translation>залишено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/review_items.py" line="30"/>
        <source>other value taken</source>
        <translation>взято інше значення</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/review_items.py" line="31"/>
        <source>record corrected</source>
        <translation>запис виправлено</translation>
    </message>
    <message>
        <location filename="../../src/mandrivna/core/review_items.py" line="32"/>
        <source>dismissed</source>
        <translation>відхилено</translation>
    </message>
</context>
</TS>
