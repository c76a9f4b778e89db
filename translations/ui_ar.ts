<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../ogpdesk/ui/agenda.py" line="34" />
            <source>Agenda</source>
            <translation>جدول الأعمال</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/agenda.py" line="35" />
            <source>Alt+Up and Alt+Down move the selected item.</source>
            <translation>‏Alt+↑ و Alt+↓ تنقلان البند المحدد.</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/agenda.py" line="82" />
            <source>Current item</source>
            <translation>البند الجاري</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/agenda.py" line="124" />
            <source>Reorder agenda</source>
            <translation>إعادة ترتيب جدول الأعمال</translation>
        </message>
    </context>
    <context>
        <name>CaptureLine</name>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="74" />
            <source>Capture line</source>
            <translation>سطر التدوين</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="77" />
            <source>Type what is said and press Enter. Name: text for an intervention; REC:, DEC:, ACT: for a recommendation, a decision, an action; # for an agenda item.</source>
            <translation>اكتب ما يقال واضغط Enter. «الاسم: النص» لمداخلة؛ «توصية:» و«قرار:» و«إجراء:» لتوصية وقرار وإجراء؛ «#» لبند من جدول الأعمال.</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="104" />
            <source>REC: </source>
            <translation>توصية: </translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="105" />
            <source>DEC: </source>
            <translation>قرار: </translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="106" />
            <source>ACT: </source>
            <translation>إجراء: </translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="173" />
            <source>Capture “%1”</source>
            <translation>تدوين «%1»</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="207" />
            <source>Name: what was said — REC: / DEC: / ACT: / # agenda item</source>
            <translation>الاسم: ما قيل — توصية: / قرار: / إجراء: / # بند جديد</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/capture.py" line="210" />
            <source>One item per line; an empty line ends the list</source>
            <translation>عنصر واحد في كل سطر؛ سطر فارغ ينهي القائمة</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="229" />
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="271" />
            <source>Duplicate meeting</source>
            <translation>نسخ الاجتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="239" />
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="239" />
            <source>&amp;Date:</source>
            <translation>الت&amp;اريخ:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="244" />
            <source>The agenda and the invitees are copied; nothing said is.</source>
            <translation>يُنسخ جدول الأعمال وقائمة المدعوين، ولا يُنسخ شيء مما قيل.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../ogpdesk/ui/app.py" line="33" />
            <source>The database cannot be opened</source>
            <translation>تعذر فتح قاعدة البيانات</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/app.py" line="34" />
            <source>Open another file…</source>
            <translation>فتح ملف آخر…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/app.py" line="35" />
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/errors.py" line="20" />
            <source>ogpdesk</source>
            <translation>ogpdesk</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="42" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="43" />
            <source>Meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="44" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="45" />
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="46" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="47" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="48" />
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="49" />
            <source>Open actions</source>
            <translation>إجراءات مفتوحة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="52" />
            <source>Meetings</source>
            <translation>الاجتماعات</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="58" />
            <source>&amp;Meetings</source>
            <translation>ال&amp;اجتماعات</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="65" />
            <source>&amp;Open</source>
            <translation>&amp;فتح</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="66" />
            <source>&amp;New meeting…</source>
            <translation>اجتماع &amp;جديد…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="67" />
            <source>&amp;Edit…</source>
            <translation>&amp;تعديل…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="68" />
            <source>D&amp;uplicate…</source>
            <translation>&amp;نسخ…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="118" />
            <source>Recently opened</source>
            <translation>فُتحت مؤخرا</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="126" />
            <source>Meetings without a process</source>
            <translation>اجتماعات خارج أي مسار</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="77" />
            <source>Action &amp;plan…</source>
            <translation>&amp;خطة العمل…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="79" />
            <source>Dashboard, commitments, governance and proposals of the chosen action plan</source>
            <translation>لوحة القيادة والالتزامات والحوكمة والمقترحات لخطة العمل المختارة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="145" />
            <source>Enter or double-click: the action plan</source>
            <translation>Enter أو نقر مزدوج: خطة العمل</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/home.py" line="243" />
            <source>Action plan — %1</source>
            <translation>خطة العمل — %1</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="45" />
            <source>Sign-in</source>
            <translation>التسجيل</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="46" />
            <source>Speakers</source>
            <translation>المتدخلون</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="50" />
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="38" />
            <location filename="../ogpdesk/ui/search.py" line="30" />
            <source>Agenda item</source>
            <translation>بند جدول الأعمال</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="39" />
            <location filename="../ogpdesk/ui/search.py" line="31" />
            <source>Intervention</source>
            <translation>مداخلة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="40" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="41" />
            <location filename="../ogpdesk/ui/search.py" line="32" />
            <source>Recommendation</source>
            <translation>توصية</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="42" />
            <location filename="../ogpdesk/ui/search.py" line="33" />
            <source>Decision</source>
            <translation>قرار</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="43" />
            <location filename="../ogpdesk/ui/search.py" line="34" />
            <source>Action</source>
            <translation>إجراء</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="29" />
            <source>Meeting</source>
            <translation>اجتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="35" />
            <source>Participant</source>
            <translation>مشارك</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="34" />
            <source>Awareness session</source>
            <translation>يوم تحسيسي</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="35" />
            <source>Seminar</source>
            <translation>ندوة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="36" />
            <source>Workshop</source>
            <translation>ورشة عمل</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="37" />
            <source>Co-creation meeting</source>
            <translation>اجتماع إنشاء مشترك</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="38" />
            <source>Steering committee</source>
            <translation>لجنة القيادة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="39" />
            <source>Quarterly review</source>
            <translation>اجتماع المتابعة الفصلي</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="40" />
            <source>Public hearing</source>
            <translation>جلسة استماع عمومية</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="43" />
            <source>Planned</source>
            <translation>مبرمج</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="44" />
            <source>Open</source>
            <translation>جارٍ</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="45" />
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="46" />
            <source>Approved (locked)</source>
            <translation>مصادق عليه (مقفل)</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="49" />
            <source>Arabic, then French</source>
            <translation>العربية ثم الفرنسية</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="50" />
            <source>French, then Arabic</source>
            <translation>الفرنسية ثم العربية</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="51" />
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="52" />
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="53" />
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="55" />
            <source>Progress review</source>
            <translation>متابعة التقدم</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="75" />
            <source>&amp;New meeting…</source>
            <translation>اجتماع &amp;جديد…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="77" />
            <source>&amp;Open database…</source>
            <translation>&amp;فتح قاعدة بيانات…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="79" />
            <source>&amp;Preferences…</source>
            <translation>الت&amp;فضيلات…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="80" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="82" />
            <source>&amp;Undo</source>
            <translation>ترا&amp;جع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="84" />
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="88" />
            <source>&amp;Search…</source>
            <translation>&amp;بحث…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="90" />
            <source>&amp;All meetings</source>
            <translation>&amp;كل الاجتماعات</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="92" />
            <source>&amp;Edit meeting…</source>
            <translation>&amp;تعديل الاجتماع…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="95" />
            <source>&amp;Duplicate meeting…</source>
            <translation>&amp;نسخ الاجتماع…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="98" />
            <source>&amp;Projector view</source>
            <translation>شاشة ال&amp;عرض</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="99" />
            <source>&amp;Close meeting</source>
            <translation>إ&amp;غلاق الاجتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="100" />
            <source>A&amp;pprove and lock</source>
            <translation>الم&amp;صادقة والإقفال</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="101" />
            <source>&amp;Reopen…</source>
            <translation>إعادة ال&amp;فتح…</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="105" />
            <source>&amp;Recommendation</source>
            <translation>&amp;توصية</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="106" />
            <source>&amp;Decision</source>
            <translation>&amp;قرار</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="107" />
            <source>&amp;Action item</source>
            <translation>&amp;إجراء</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="108" />
            <source>New agenda &amp;item</source>
            <translation>&amp;بند جديد في جدول الأعمال</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="113" />
            <source>&amp;Capture line</source>
            <translation>&amp;سطر التدوين</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="117" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="120" />
            <source>Recent &amp;databases</source>
            <translation>قواعد البيانات ال&amp;أخيرة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="128" />
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="134" />
            <source>&amp;Meeting</source>
            <translation>الا&amp;جتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="143" />
            <source>&amp;Capture</source>
            <translation>الت&amp;دوين</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="154" />
            <source>(none)</source>
            <translation>(لا شيء)</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="230" />
            <source>Recorded at %1</source>
            <translation>سُجّل على الساعة %1</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="308" />
            <source>Open database</source>
            <translation>فتح قاعدة بيانات</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/main_window.py" line="310" />
            <source>ogpdesk databases (*.sqlite3 *.db *.sqlite);;All files (*)</source>
            <translation>قواعد بيانات ogpdesk ‏(*.sqlite3 *.db *.sqlite);;كل الملفات (*)</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="103" />
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="216" />
            <source>Edit meeting</source>
            <translation>تعديل الاجتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="103" />
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="206" />
            <source>New meeting</source>
            <translation>اجتماع جديد</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="119" />
            <source>(no process)</source>
            <translation>(دون مسار)</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="125" />
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="126" />
            <source>Title in &amp;Arabic:</source>
            <translation>العنوان بال&amp;عربية:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="127" />
            <source>&amp;Kind:</source>
            <translation>ال&amp;نوع:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="128" />
            <source>&amp;Date:</source>
            <translation>الت&amp;اريخ:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="129" />
            <source>&amp;City:</source>
            <translation>الم&amp;دينة:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="130" />
            <source>&amp;Place:</source>
            <translation>الم&amp;كان:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="131" />
            <source>&amp;Languages:</source>
            <translation>الل&amp;غات:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="132" />
            <source>P&amp;rocess:</source>
            <translation>الم&amp;سار:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="133" />
            <source>C&amp;hair:</source>
            <translation>ال&amp;رئاسة:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_dialog.py" line="134" />
            <source>&amp;Secretary:</source>
            <translation>ال&amp;مقرر:</translation>
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="85" />
            <source>&amp;Agenda</source>
            <translation>&amp;جدول الأعمال</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="87" />
            <source>T&amp;imeline</source>
            <translation>&amp;مجرى الاجتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="89" />
            <source>&amp;Capture:</source>
            <translation>ال&amp;تدوين:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="105" />
            <source>Meeting panels</source>
            <translation>لوحات الاجتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="177" />
            <source>(list)</source>
            <translation>(قائمة)</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="211" />
            <source>This meeting is approved and locked; reopen it to change it.</source>
            <translation>هذا الاجتماع مصادق عليه ومقفل؛ أعد فتحه لتغييره.</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/meeting_view.py" line="232" />
            <source>Close meeting</source>
            <translation>إغلاق الاجتماع</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="25" />
            <source>Preferences</source>
            <translation>التفضيلات</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="27" />
            <source>System language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="32" />
            <source>Recorded when you reopen a meeting</source>
            <translation>يُسجَّل عند إعادة فتح اجتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="36" />
            <source>Interface &amp;language:</source>
            <translation>&amp;لغة الواجهة:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/preferences.py" line="37" />
            <source>Your &amp;name:</source>
            <translation>ا&amp;سمك:</translation>
        </message>
    </context>
    <context>
        <name>Projector</name>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="23" />
            <source>Current item</source>
            <translation>البند الجاري</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="24" />
            <source>Speaking</source>
            <translation>الكلمة الآن لـ</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="25" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="26" />
            <source>Adopted recommendations</source>
            <translation>التوصيات المعتمدة</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="27" />
            <source>None yet</source>
            <translation>لا شيء بعد</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/projector.py" line="28" />
            <source>Projector</source>
            <translation>شاشة العرض</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="47" />
            <source>Search all meetings</source>
            <translation>البحث في كل الاجتماعات</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="49" />
            <source>Words in Arabic, French or English</source>
            <translation>كلمات بالعربية أو الفرنسية أو الإنجليزية</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="51" />
            <source>&amp;Search:</source>
            <translation>&amp;بحث:</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="53" />
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/search.py" line="55" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message numerus="yes">
            <location filename="../ogpdesk/ui/search.py" line="94" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>لا نتيجة</numerusform>
                <numerusform>نتيجة واحدة</numerusform>
                <numerusform>نتيجتان</numerusform>
                <numerusform>%n نتائج</numerusform>
                <numerusform>%n نتيجة</numerusform>
                <numerusform>%n نتيجة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="97" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="98" />
            <source>Who</source>
            <translation>المتدخل</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="99" />
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="166" />
            <source>Timeline</source>
            <translation>مجرى الاجتماع</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="247" />
            <source>Edit “%1”</source>
            <translation>تعديل «%1»</translation>
        </message>
        <message>
            <location filename="../ogpdesk/ui/timeline.py" line="270" />
            <source>Remove “%1”</source>
            <translation>حذف «%1»</translation>
        </message>
        <message numerus="yes">
            <location filename="../ogpdesk/ui/timeline.py" line="272" />
            <source>Remove %n items</source>
            <translation>
                <numerusform>حذف %n عنصر</numerusform>
                <numerusform>حذف عنصر واحد</numerusform>
                <numerusform>حذف عنصرين</numerusform>
                <numerusform>حذف %n عناصر</numerusform>
                <numerusform>حذف %n عنصرا</numerusform>
                <numerusform>حذف %n عنصر</numerusform>
            </translation>
        </message>
    </context>
</TS>