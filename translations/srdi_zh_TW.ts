<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>rules</name>
    <message>
        <source>needs a text in &quot;en&quot; and &quot;zh_CN&quot;</source>
        <translation>需要提供“en”和“zh_CN”文本</translation>
    </message>
</context>
<context>
    <name>srdi::Backup</name>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>無法創建文件夾%1。</translation>
    </message>
    <message>
        <source>Could not back up the database %1: %2</source>
        <translation>無法備份數據庫%1：%2</translation>
    </message>
    <message>
        <source>it is not open.</source>
        <translation>數據庫未打開。</translation>
    </message>
    <message>
        <source>it cannot be written to the disk.</source>
        <translation>無法寫入磁盤。</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>無法創建%1。</translation>
    </message>
    <message>
        <source>The database %1 was not upgraded and is unchanged: it is backed up before every upgrade, and the backup failed. %2</source>
        <translation>數據庫%1未升級，內容未作改動：每次升級前都會先備份，而本次備份失敗。%2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is not a valid database (%1).</source>
        <translation>不是有效的數據庫（%1）。</translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation>文件已損壞（%1）。</translation>
    </message>
    <message>
        <source>it was written by a newer version of this program (schema version %1).</source>
        <translation>該文件由本程序的較新版本寫入（數據結構版本%1）。</translation>
    </message>
    <message>
        <source>it holds no companies of this program.</source>
        <translation>其中沒有本程序的企業數據。</translation>
    </message>
    <message>
        <source>Nothing was restored from %1: %2</source>
        <translation>未從%1恢復任何內容：%2</translation>
    </message>
    <message>
        <source>the current data could not be backed up first. %1</source>
        <translation>無法先備份當前數據。%1</translation>
    </message>
    <message>
        <source>the current file could not be kept first: %1</source>
        <translation>無法先保留當前文件：%1</translation>
    </message>
    <message>
        <source>the database is in use by another program (perhaps another window of this one). Close it and try again.</source>
        <translation>數據庫正被其他程序（可能是本程序的另一個窗口）使用。請關閉後重試。</translation>
    </message>
    <message>
        <source>The backup %1 was restored, but the database could not be opened again: %2</source>
        <translation>已恢復備份%1，但無法重新打開數據庫：%2</translation>
    </message>
    <message>
        <source>it has no identity to name its backups by.</source>
        <translation>它沒有可用於命名備份的標識。</translation>
    </message>
</context>
<context>
    <name>srdi::Catalogs</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是有效的JSON：%1（第%2字節）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是JSON對象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必須為&quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必須為列表</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能為空</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必須為對象</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>缺少名稱</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice (first at %2)</source>
        <translation>“%1”重複使用（首次出現於%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a province code (six digits ending in 0000)</source>
        <translation>“%1”不是省級行政區劃代碼（應為以0000結尾的六位數字）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a prefecture-level code (six digits ending in 00, not 0000)</source>
        <translation>“%1”不是地級行政區劃代碼（應為以00結尾、但不以0000結尾的六位數字）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with %2 like its province %3</source>
        <translation>“%1”應與所屬省份%3一樣以%2開頭</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section code (one capital letter)</source>
        <translation>“%1”不是行業門類代碼（應為一個大寫字母）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a division code (section letter and two digits, like C34)</source>
        <translation>“%1”不是行業大類代碼（應為門類字母加兩位數字，如C34）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with its section letter %2</source>
        <translation>“%1”未以所屬門類字母%2開頭</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group code (division and one digit, like K701)</source>
        <translation>“%1”不是行業中類代碼（應為大類代碼加一位數字，如K701）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with its division %2</source>
        <translation>“%1”未以所屬大類代碼%2開頭</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a county-level code (six digits not ending in 00)</source>
        <translation>“%1”不是縣級行政區劃代碼（應為不以00結尾的六位數字）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with %2 like its parent %3</source>
        <translation>“%1”未像其上級%3一樣以%2開頭</translation>
    </message>
</context>
<context>
    <name>srdi::Database</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>無法打開數據庫%1：%2</translation>
    </message>
    <message>
        <source>no file name given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>there is no schema version %1.</source>
        <translation>不存在版本為%1的數據庫結構。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>無法創建文件夾%1。</translation>
    </message>
    <message>
        <source>its permissions cannot be restricted to the current user.</source>
        <translation>無法將其訪問權限限制為僅當前用戶。</translation>
    </message>
    <message>
        <source>it is not a valid database (%1).</source>
        <translation>該文件不是有效的數據庫（%1）。</translation>
    </message>
    <message>
        <source>the database is damaged (%1).</source>
        <translation>數據庫已損壞（%1）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this program (schema version %2; this version knows up to %3). It was left unchanged; update the program to open it.</source>
        <translation>數據庫%1由本程序的更高版本寫入（數據庫結構版本%2；本版本最高支持%3）。數據庫未作任何改動；請升級本程序後再打開。</translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1).</source>
        <translation>無法使用預寫式日誌（日誌模式為%1）。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library (%1) than this program (%2): install the driver built with the system&apos;s SQLite.</source>
        <translation>Qt 的 SQLite 驅動使用的 SQLite 函式庫（%1）與本程式（%2）不是同一個：請安裝以系統 SQLite 建置的驅動。</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>數據庫%1未打開。</translation>
    </message>
    <message>
        <source>The database %1 cannot be brought to schema version %2: this version of the program knows up to %3.</source>
        <translation>無法將數據庫%1升級到結構版本%2：本版本程序最高支持%3。</translation>
    </message>
    <message>
        <source>The schema version of the database %1 cannot be read.</source>
        <translation>無法讀取數據庫%1的結構版本。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this program (schema version %2; this version knows up to %3).</source>
        <translation>數據庫%1由本程序的更高版本寫入（數據庫結構版本%2；本版本最高支持%3）。</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2: %3</source>
        <translation>無法將數據庫%1升級到結構版本%2：%3</translation>
    </message>
    <message>
        <source>no migration step is defined.</source>
        <translation>未定義升級步驟。</translation>
    </message>
    <message>
        <source>the file is read-only for you. Make it writable (it should belong to you, with permission to read and write), or open a copy of it.</source>
        <translation>該文件對您是隻讀的。請將其改為可寫（文件應歸您所有，並具有讀寫權限），或打開它的副本。</translation>
    </message>
    <message>
        <source>the folder %1 is read-only for you; the database needs to write its journal beside the file.</source>
        <translation>文件夾%1對您是隻讀的；數據庫需要在文件旁寫入日誌。</translation>
    </message>
    <message>
        <source>it is the database of another program (it holds other tables). It was left unchanged.</source>
        <translation>這是其他程序的數據庫（其中有其他數據表），未作任何改動。</translation>
    </message>
    <message>
        <source>a newer version of this program upgraded it meanwhile.</source>
        <translation>與此同時，本程序的較新版本已將其升級。</translation>
    </message>
    <message>
        <source>the server does not answer. Is it running, and are the host and port right?</source>
        <translation>服務器沒有應答。它是否在運行，主機和端口是否正確？</translation>
    </message>
    <message>
        <source>the server asks for a password.</source>
        <translation>服務器要求輸入密碼。</translation>
    </message>
    <message>
        <source>the server refused the user name or the password.</source>
        <translation>服務器拒絕了該用戶名或密碼。</translation>
    </message>
    <message>
        <source>Could not open the shared database %1: %2</source>
        <translation>無法打開共享數據庫%1：%2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>未安裝 Qt 的 PostgreSQL 驅動（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>it holds another program&apos;s tables. It was left unchanged; give the portfolio a database of its own.</source>
        <translation>其中存有其他程序的數據表。該數據庫未作任何改動；請為企業庫單獨建一個數據庫。</translation>
    </message>
    <message>
        <source>The shared database %1 was written by a newer version of this program (schema version %2; this version knows up to %3). It was left unchanged; update the program to open it.</source>
        <translation>共享數據庫%1由本程序的較新版本寫入（結構版本%2；本版本最高識別到%3）。該數據庫未作改動；請升級程序後再打開。</translation>
    </message>
    <message>
        <source>Could not upgrade the shared database %1 to schema version %2: %3</source>
        <translation>無法將共享數據庫%1升級到結構版本%2：%3</translation>
    </message>
    <message>
        <source>Could not connect again to the shared database %1: %2</source>
        <translation>無法重新連接共享數據庫%1：%2</translation>
    </message>
</context>
<context>
    <name>srdi::FieldHelp</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是有效的JSON：%1（偏移量%2）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是JSON對象</translation>
    </message>
    <message>
        <source>format: expected &quot;srdi-field-help/1&quot;, found &quot;%1&quot;</source>
        <translation>format：應為&quot;srdi-field-help/1&quot;，實為&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1：未知的鍵</translation>
    </message>
    <message>
        <source>fields: must be an object</source>
        <translation>fields：必須為對象</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必須為對象</translation>
    </message>
    <message>
        <source>%1.%2: unknown key</source>
        <translation>%1.%2：未知的鍵</translation>
    </message>
    <message>
        <source>%1.unit: must be a string</source>
        <translation>%1.unit：必須為字符串</translation>
    </message>
    <message>
        <source>%1.unit: &quot;%2&quot; is not one of: %3 or empty</source>
        <translation>%1.unit：&quot;%2&quot;無效，應為%3之一或留空</translation>
    </message>
    <message>
        <source>%1.source: the document the definition comes from is missing</source>
        <translation>%1.source：缺少釋義所依據的文件</translation>
    </message>
    <message>
        <source>choices: must be an object</source>
        <translation>choices：必須為對象</translation>
    </message>
    <message>
        <source>%1: no such field</source>
        <translation>%1：不存在該字段</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺失</translation>
    </message>
    <message>
        <source>%1: must be an object of en, zh_CN, zh_TW</source>
        <translation>%1：必須為包含en、zh_CN、zh_TW的對象</translation>
    </message>
    <message>
        <source>%1.%2: unknown language</source>
        <translation>%1.%2：未知的語言</translation>
    </message>
    <message>
        <source>%1.%2: must be a string</source>
        <translation>%1.%2：必須為字符串</translation>
    </message>
    <message>
        <source>%1.en: missing (English is the last fallback)</source>
        <translation>%1.en：缺失（英文是最後的後備語言）</translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation>%1：無法打開</translation>
    </message>
    <message>
        <source>%1.zh_CN: missing</source>
        <translation>%1.zh_CN：缺少</translation>
    </message>
</context>
<context>
    <name>srdi::JsonInput</name>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation>%1：不是JSON對象（%2，第%3字節）</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 bytes</source>
        <translation>%1：文件大小超過%2字節</translation>
    </message>
    <message>
        <source>%1: the file nests deeper than %2 levels</source>
        <translation>%1：文件嵌套層級超過%2層</translation>
    </message>
    <message>
        <source>%1: the key is there twice (each key may appear once in an object)</source>
        <translation>%1：該鍵出現了兩次（同一對象中每個鍵只能出現一次）</translation>
    </message>
    <message>
        <source>%1: a \u escape names half of a surrogate pair, which is not a character</source>
        <translation>%1：\u 轉義只給出了代理對的一半，不是有效字符</translation>
    </message>
    <message>
        <source>%1: cannot read (it is a folder)</source>
        <translation>%1：無法讀取（這是一個文件夾）</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：無法讀取（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>srdi::Plausibility</name>
    <message>
        <source>Did you enter yuan where 万元 is asked?</source>
        <translation>是否把元當作萬元輸入？</translation>
    </message>
</context>
<context>
    <name>srdi::ProfileJson</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的鍵</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必須為JSON對象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必須為列表</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必須為true或false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必須為字符串</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必須為數字</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出允許範圍</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必須為整數</translation>
    </message>
    <message>
        <source>more than 4 decimals</source>
        <translation>小數超過4位</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>日期須按YYYY-MM-DD格式填寫</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>不是有效的日期</translation>
    </message>
    <message>
        <source>money may not be negative</source>
        <translation>金額不能為負數</translation>
    </message>
    <message>
        <source>may not be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>不能小於1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必須介於%1與%2之間</translation>
    </message>
    <message>
        <source>lies in the future (after %1)</source>
        <translation>晚於%1，不能是將來的日期</translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation>不是以下取值之一：%1</translation>
    </message>
    <message>
        <source>must be 18 characters</source>
        <translation>必須為18位</translation>
    </message>
    <message>
        <source>may use only digits and the capitals A-Y without I, O, S, V and Z</source>
        <translation>只能使用數字和大寫字母A-Y（不含I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>wrong check character (expected %1)</source>
        <translation>校驗碼錯誤（應為%1）</translation>
    </message>
    <message>
        <source>must be a six-digit GB/T 2260 code</source>
        <translation>必須為六位GB/T 2260行政區劃代碼</translation>
    </message>
    <message>
        <source>must be a GB/T 4754 section letter A-T and a 2- or 3-digit division, like C34</source>
        <translation>必須為GB/T 4754門類字母A-T加兩位或三位行業代碼，如C34</translation>
    </message>
    <message>
        <source>the year is listed twice (also years[%1])</source>
        <translation>該年度重複填寫（另見years[%1]）</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必須為&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation>%1 = %2：%3</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>文件大小超過%1字節</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是UTF-8編碼的文本</translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels</source>
        <translation>文件嵌套層級超過%1層</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>文件不是有效的JSON：%1（第%2字節）</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>文件內容不是JSON對象</translation>
    </message>
    <message>
        <source>holds a lone surrogate (U+%1), which is not a character</source>
        <translation>含有單獨的代理碼元（U+%1），不是有效字符</translation>
    </message>
    <message>
        <source>holds a line break (U+%1); it must be one line</source>
        <translation>含有換行符（U+%1）；只能填寫一行</translation>
    </message>
    <message>
        <source>holds a control character (U+%1)</source>
        <translation>含有控制字符（U+%1）</translation>
    </message>
    <message>
        <source>is blank: it holds only spaces or invisible characters</source>
        <translation>為空白：只含空格或不可見字符</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>長度為%1個字符；最多允許%2個</translation>
    </message>
    <message>
        <source>the key is there twice (each key may appear once in an object)</source>
        <translation>該鍵出現了兩次（同一對象中每個鍵只能出現一次）</translation>
    </message>
    <message>
        <source>a \u escape names half of a surrogate pair, which is not a character</source>
        <translation>\u 轉義只給出了代理對的一半，不是有效字符</translation>
    </message>
    <message>
        <source>%1 (%2) is more than %3 (%4): one of the two is wrong</source>
        <comment>a figure above the figure that includes it</comment>
        <translation>%1（%2）大於%3（%4）：兩者之一有誤</translation>
    </message>
    <message>
        <source>a route is recorded only for the first tier (innovative)</source>
        <translation>僅第一層級（創新型）稱號記錄取得途徑</translation>
    </message>
</context>
<context>
    <name>srdi::ProfileStore</name>
    <message>
        <source>there is no company with id %1.</source>
        <translation>不存在編號為%1的企業。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>數據庫%1未打開。</translation>
    </message>
    <message>
        <source>Could not read the list of companies: %1</source>
        <translation>無法讀取企業列表：%1</translation>
    </message>
    <message>
        <source>Could not count the companies: %1</source>
        <translation>無法統計企業數量：%1</translation>
    </message>
    <message>
        <source>Could not read company %1: %2</source>
        <translation>無法讀取企業%1：%2</translation>
    </message>
    <message>
        <source>there is no such company.</source>
        <translation>不存在該企業。</translation>
    </message>
    <message>
        <source>Could not save the company “%1”: %2</source>
        <translation>無法保存企業“%1”：%2</translation>
    </message>
    <message>
        <source>Could not delete company %1: %2</source>
        <translation>無法刪除企業%1：%2</translation>
    </message>
    <message>
        <source>Could not save the plan: %1</source>
        <translation>無法保存計劃：%1</translation>
    </message>
    <message>
        <source>Could not begin writing to %1: %2</source>
        <translation>無法開始寫入%1：%2</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>無法保存到%1：%2</translation>
    </message>
    <message>
        <source>Could not record the export of company %1: %2</source>
        <translation>無法記錄企業%1的導出：%2</translation>
    </message>
    <message>
        <source>Could not read the history of company %1: %2</source>
        <translation>無法讀取企業%1的修改記錄：%2</translation>
    </message>
</context>
<context>
    <name>srdi::ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL address (postgresql://user@host:port/database): %2</source>
        <translation>%1 不是 PostgreSQL 地址（postgresql://用戶@主機:端口/數據庫）：%2</translation>
    </message>
    <message>
        <source>it does not begin with postgresql://.</source>
        <translation>它不是以 postgresql:// 開頭。</translation>
    </message>
    <message>
        <source>out of memory.</source>
        <translation>內存不足。</translation>
    </message>
    <message>
        <source>the port %1 is not a number from 1 to 65535.</source>
        <translation>端口%1不是 1 至 65535 之間的數字。</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>本機服務器</translation>
    </message>
    <message>
        <source>(default database)</source>
        <translation>（默認數據庫）</translation>
    </message>
</context>
<context>
    <name>srdi::awards::AwardCatalog</name>
    <message>
        <source>%1: region: &apos;%2&apos; differs from the file name</source>
        <translation>%1：region“%2”與文件名不一致</translation>
    </message>
    <message>
        <source>%1: awards[%2].id: &apos;%3&apos; is also in %4</source>
        <translation>%1：awards[%2].id“%3”在%4中也存在</translation>
    </message>
    <message>
        <source>national</source>
        <translation>全國</translation>
    </message>
    <message>
        <source>%1: no award catalogue for this region</source>
        <translation>%1：本地區尚無獎勵目錄</translation>
    </message>
    <message>
        <source>%1: no award found (searched %2)</source>
        <translation>%1：未找到獎勵（%2檢索）</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>Awards on file: %1</source>
        <translation>已收錄的獎勵：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1：%n項</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srdi::awards::AwardLoader</name>
    <message>
        <source>must be &quot;srdi-awards/1&quot;</source>
        <translation>必須為“srdi-awards/1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GB/T 2260 code of a listed province, nor 000000</source>
        <translation>“%1”不是已列省份的GB/T 2260代碼，也不是000000</translation>
    </message>
    <message>
        <source>needs a list of awards</source>
        <translation>需要獎勵列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必須為對象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a text or null</source>
        <translation>必須為文本或null</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必須為true或false</translation>
    </message>
    <message>
        <source>missing (write null when the text states no amount)</source>
        <translation>缺失（文件未寫明金額時請填null）</translation>
    </message>
    <message>
        <source>must be a number of 万元 (at most four decimals, not negative) or null</source>
        <translation>必須為以萬元計的數值（最多四位小數，不為負）或null</translation>
    </message>
    <message>
        <source>needs a date YYYY-MM-DD or null</source>
        <translation>需要日期YYYY-MM-DD或null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>“%1”重複使用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不在%2之中</translation>
    </message>
    <message>
        <source>must be a lower-case identifier</source>
        <translation>必須為小寫標識符</translation>
    </message>
    <message>
        <source>needs a &quot;tier&quot; or a &quot;trigger&quot;</source>
        <translation>需要“tier”或“trigger”</translation>
    </message>
    <message>
        <source>needs its unit: write it as a text (&quot;1.5%&quot;)</source>
        <translation>需要單位：請寫成文本（如“1.5%”）</translation>
    </message>
    <message>
        <source>a first-recognition-only award pays no renewal</source>
        <translation>僅限首次認定的獎勵不含複核獎勵</translation>
    </message>
    <message>
        <source>needs an &quot;amount_wan&quot; too</source>
        <translation>還需要“amount_wan”</translation>
    </message>
    <message>
        <source>recognition rules need the tier of the title</source>
        <translation>認定類規則需要稱號層級</translation>
    </message>
    <message>
        <source>needs YYYY, YYYY-MM or YYYY-MM-DD, or null</source>
        <translation>需要YYYY、YYYY-MM或YYYY-MM-DD，或null</translation>
    </message>
    <message>
        <source>is before valid_from</source>
        <translation>早於valid_from</translation>
    </message>
    <message>
        <source>a top-up award needs an &quot;amount_wan&quot;</source>
        <translation>差額補齊類獎勵需要“amount_wan”</translation>
    </message>
    <message>
        <source>must be &quot;&gt;=&quot; or &quot;&lt;=&quot;</source>
        <translation>必須為“&gt;=”或“&lt;=”</translation>
    </message>
    <message>
        <source>must be a number with at most four decimals</source>
        <translation>必須為最多四位小數的數值</translation>
    </message>
    <message>
        <source>needs the month searched as YYYY-MM</source>
        <translation>需要以 YYYY-MM 格式註明檢索月份</translation>
    </message>
    <message>
        <source>a file without awards needs the month searched (YYYY-MM)</source>
        <translation>沒有獎勵條目的文件需要註明檢索月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>a file without awards needs a text on what was searched</source>
        <translation>沒有獎勵條目的文件需要說明檢索了什麼</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation>必須是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>a verified row needs the &quot;url&quot; it was read from, or a seed as its source</source>
        <translation>已核實的條目需要註明讀取來源的“url”，或以原始政策文本為來源</translation>
    </message>
    <message>
        <source>must be &quot;output_value&quot; or &quot;operating_revenue&quot;</source>
        <translation>必須為“output_value”或“operating_revenue”</translation>
    </message>
    <message>
        <source>must be a percentage with at most four decimals, not negative</source>
        <translation>必須是最多四位小數的非負百分比</translation>
    </message>
    <message>
        <source>must be a whole number of years from 1 to 10</source>
        <translation>必須是1至10的整數年數</translation>
    </message>
</context>
<context>
    <name>srdi::cli::Batch</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：無法寫入（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no rule pack is in force on %2</source>
        <translation>%1：%2時沒有有效的評價標準</translation>
    </message>
    <message>
        <source>--batch = %1: no such file or folder</source>
        <translation>--batch = %1：文件或文件夾不存在</translation>
    </message>
    <message>
        <source>--db = %1: no such database</source>
        <translation>--db = %1：數據庫不存在</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n company(ies)</source>
        <translation>
            <numerusform>%1：%n家企業</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) done (%1 %)</source>
        <translation>
            <numerusform>已處理%n家企業（%1 %）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 skipped as invalid</source>
        <translation>%1：新增%2家，更新%3家，未變%4家，因無效跳過%5家</translation>
    </message>
</context>
<context>
    <name>srdi::cli::Cli</name>
    <message>
        <source>SRDI Self-Assessment: where a company stands on the ladder of quality SMEs.</source>
        <translation>專精特新自評助手：評估企業在優質中小企業梯度培育體系中所處的層級。</translation>
    </message>
    <message>
        <source>Print the assessment of a profile.</source>
        <translation>輸出企業檔案的評價結果。</translation>
    </message>
    <message>
        <source>Rule pack: 2026 or 2022 (default: the one in force on the assessment date).</source>
        <translation>認定標準規則包：2026或2022（默認為評價日期適用的版本）。</translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation>輸出格式：json（默認）或text。</translation>
    </message>
    <message>
        <source>Language: zh_CN, zh_TW or en.</source>
        <translation>語言：zh_CN、zh_TW或en。</translation>
    </message>
    <message>
        <source>Add or update the company in the database.</source>
        <translation>在數據庫中添加或更新該企業。</translation>
    </message>
    <message>
        <source>Write a company&apos;s profile (its id or exact name).</source>
        <translation>導出企業檔案（按企業編號或完整名稱指定企業）。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>輸出文件。</translation>
    </message>
    <message>
        <source>--lang = %1: must be zh_CN, zh_TW or en</source>
        <translation>--lang = %1：必須為zh_CN、zh_TW或en</translation>
    </message>
    <message>
        <source>--rules = %1: no such rule pack (known: %2)</source>
        <translation>--rules = %1：不存在該規則包（現有：%2）</translation>
    </message>
    <message>
        <source>no rule pack could be loaded</source>
        <translation>無法加載任何規則包</translation>
    </message>
    <message>
        <source>--format = %1: must be json or text</source>
        <translation>--format = %1：必須為json或text</translation>
    </message>
    <message>
        <source>added company %1: %2</source>
        <translation>已添加企業%1：%2</translation>
    </message>
    <message>
        <source>updated company %1: %2</source>
        <translation>已更新企業%1：%2</translation>
    </message>
    <message>
        <source>--export needs --out FILE</source>
        <translation>--export 需同時指定 --out FILE</translation>
    </message>
    <message>
        <source>--export = %1: no company with that id or exact name</source>
        <translation>--export = %1：沒有該編號或完整名稱的企業</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：無法寫入（%2）</translation>
    </message>
    <message>
        <source>nothing to do: see --help</source>
        <translation>未指定任何操作：請參閱 --help</translation>
    </message>
    <message>
        <source>Write the printable report of a profile as PDF (with --out).</source>
        <translation>將企業檔案的自評報告輸出為PDF（配合--out）。</translation>
    </message>
    <message>
        <source>--report needs --out FILE.pdf</source>
        <translation>--report需要配合--out FILE.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：共%n頁</numerusform>
        </translation>
    </message>
    <message>
        <source>Import and assess many companies: a folder of *.srdi.json files or a CSV file with a row per company (docs/batch-csv.md); one result row each in --out.</source>
        <translation>批量導入並評價企業：一個包含*.srdi.json文件的文件夾，或每行一家企業的CSV文件（見docs/batch-csv.md）；每家企業在--out中輸出一行結果。</translation>
    </message>
    <message>
        <source>Write every company in the database with its assessment: CSV, or a spreadsheet when OUT ends in .xml (Excel and LibreOffice open it).</source>
        <translation>將數據庫中所有企業及其評價結果導出為CSV；OUT以.xml結尾時導出為電子表格（Excel和LibreOffice可直接開啟）。</translation>
    </message>
    <message>
        <source>--batch needs --out RESULT.csv</source>
        <translation>--batch需要配合--out RESULT.csv</translation>
    </message>
    <message>
        <source>With --import or --batch: a company that exists becomes exactly the file&apos;s (fields the file leaves out are cleared). Without it only the fields the file gives change.</source>
        <translation>與 --import 或 --batch 同用：已存在的企業將完全替換為文件中的內容（文件未給出的字段被清空）。不加此選項時，只更改文件給出的字段。</translation>
    </message>
    <message>
        <source>company %1 unchanged: %2</source>
        <translation>企業%1未變：%2</translation>
    </message>
    <message>
        <source>Database file (default: the per-user data location), or a shared portfolio on a PostgreSQL server: postgresql://user@host:port/dbname.</source>
        <translation>數據庫文件（默認：當前用戶的數據目錄），或 PostgreSQL 服務器上的共享企業庫：postgresql://用戶@主機:端口/數據庫名。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed both in the file and in the database since the export; the database&apos;s values were kept (--replace takes the file&apos;s):</source>
        <translation>
            <numerusform>自導出以來，有 %n 個字段在文件和數據庫中都被修改；已保留數據庫中的值（--replace 則採用文件中的值）：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: in the database %2, in the file %3</source>
        <translation>%1：數據庫中為 %2，文件中為 %3</translation>
    </message>
</context>
<context>
    <name>srdi::cli::OutputFile</name>
    <message>
        <source>not open</source>
        <translation>未打開</translation>
    </message>
</context>
<context>
    <name>srdi::cli::OutputGuard</name>
    <message>
        <source>the database in use (%1)</source>
        <translation>正在使用的數據庫（%1）</translation>
    </message>
    <message>
        <source>%1, a file of the database in use</source>
        <translation>%1，正在使用的數據庫的文件</translation>
    </message>
    <message>
        <source>a file in the backups folder of the database (%1)</source>
        <translation>數據庫備份文件夾中的文件（%1）</translation>
    </message>
    <message>
        <source>a file in the input folder %1 of this run</source>
        <translation>本次運行的輸入文件夾%1中的文件</translation>
    </message>
    <message>
        <source>the input %1 of this run</source>
        <translation>本次運行的輸入文件%1</translation>
    </message>
    <message>
        <source>%1 = %2: refused, it is %3; nothing was written</source>
        <translation>%1 = %2：已拒絕，這是%3；未寫入任何內容</translation>
    </message>
</context>
<context>
    <name>srdi::io::CompanyCsv</name>
    <message>
        <source>must be a whole number</source>
        <translation>必須為整數</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出範圍</translation>
    </message>
    <message>
        <source>must be a number (no thousands separators, a point for decimals)</source>
        <translation>必須為數字（不含千位分隔符，小數點用“.”）</translation>
    </message>
    <message>
        <source>more than 4 decimals</source>
        <translation>小數超過4位</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必須為YYYY-MM-DD格式的日期</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必須為true或false</translation>
    </message>
    <message>
        <source>must be written %1</source>
        <translation>必須寫作%1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (in a spreadsheet, save as “CSV UTF-8”)</source>
        <translation>文本不是UTF-8編碼（在電子表格軟件中請另存為“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>the header row cannot be read</source>
        <translation>無法讀取表頭行</translation>
    </message>
    <message>
        <source>the column has no name</source>
        <translation>該列沒有列名</translation>
    </message>
    <message>
        <source>unknown column (see docs/batch-csv.md)</source>
        <translation>未知的列（見docs/batch-csv.md）</translation>
    </message>
    <message>
        <source>the column is there twice</source>
        <translation>該列重複出現</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>the row is longer than %1 bytes</source>
        <translation>該行超過%1字節</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header %2</source>
        <translation>該行有%1個單元格，表頭有%2個</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第%1列</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>第%1列（%2）</translation>
    </message>
    <message>
        <source>%1: a &quot; inside a cell that does not start with one (put the cell in quotes and write each &quot; in it twice)</source>
        <translation>%1：單元格不以雙引號開頭，其中卻含有雙引號（請給整個單元格加上雙引號，並把其中的每個雙引號寫兩次）</translation>
    </message>
    <message>
        <source>%1: text after the closing &quot; of a quoted cell (a cell in quotes must end at its closing &quot;)</source>
        <translation>%1：帶引號的單元格在結束雙引號之後還有文字（帶引號的單元格必須在結束雙引號處結束）</translation>
    </message>
    <message>
        <source>%1: a quoted cell is not closed (a &quot; is missing); the row is read to the end of its line and the next line starts a new row</source>
        <translation>%1：帶引號的單元格沒有結束（缺少一個雙引號）；該行讀到行尾為止，下一行作為新的一行</translation>
    </message>
    <message>
        <source>the header row cannot be read: %1</source>
        <translation>無法讀取表頭行：%1</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030 (in a spreadsheet, save as “CSV UTF-8”)</source>
        <translation>文本既不是UTF-8也不是GB18030編碼（在電子表格中請另存為“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>%1: not in the file. The pledges are common conditions of every tier: for a new company every tier stays &quot;missing data&quot; until they are answered; a company already stored keeps its answers.</source>
        <translation>%1：文件中沒有這些列。承諾事項是各層級的共同條件：新增企業在填寫之前各層級均為“缺少數據”；已有企業保留原有回答。</translation>
    </message>
    <message>
        <source>recognitions: not in the file. Titles held decide the second and third tiers and the renewal awards: new companies have none recorded; stored companies keep theirs.</source>
        <translation>recognitions：文件中沒有此列。已獲稱號決定第二、三層級及複核獎勵：新增企業視為未記錄；已有企業保留原有記錄。</translation>
    </message>
    <message>
        <source>%1: not in the file. These figures of 上年度 are read by most conditions: they stay &quot;missing data&quot; for new companies.</source>
        <translation>%1：文件中沒有這些列。多數條件讀取這些上年度數據：新增企業的相應條件為“缺少數據”。</translation>
    </message>
</context>
<context>
    <name>srdi::io::CompanyImport</name>
    <message>
        <source>%1: holds no *.srdi.json file</source>
        <translation>%1：其中沒有*.srdi.json文件</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：無法讀取（%2）</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a FIFO or a socket)</source>
        <translation>%1：不是普通文件（設備、FIFO或套接字）</translation>
    </message>
    <message>
        <source>%1: the file is empty; the first row must name the columns (see docs/batch-csv.md)</source>
        <translation>%1：文件為空；第一行須為列名（見docs/batch-csv.md）</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>%1: read as GB18030 (not UTF-8)</source>
        <translation>%1：按GB18030編碼讀取（非UTF-8）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a FIFO or a socket); skipped</source>
        <translation>%1：不是普通文件（設備、管道或套接字）；已跳過</translation>
    </message>
    <message>
        <source>%1:%2: a line is longer than %3 bytes; the rest of the file is not read</source>
        <translation>%1:%2：一行超過%3字節；文件其餘部分未讀取</translation>
    </message>
</context>
<context>
    <name>srdi::io::PortfolioExport</name>
    <message>
        <source>%1 is the database in use: choose another file</source>
        <translation>%1 是正在使用的數據庫，請另選文件</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：無法寫入（%2）</translation>
    </message>
    <message>
        <source>no rule pack could be loaded</source>
        <translation>無法加載任何認定標準</translation>
    </message>
    <message>
        <source>%1: no such rule pack</source>
        <translation>%1：沒有這個規則包</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1：無法寫入</translation>
    </message>
</context>
<context>
    <name>srdi::io::PortfolioWorkbook</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1：無法創建工作簿</translation>
    </message>
    <message>
        <source>Companies</source>
        <comment>sheet name: 企业一览</comment>
        <translation>企業一覽</translation>
    </message>
    <message>
        <source>Gaps</source>
        <comment>sheet name: 差距清单</comment>
        <translation>差距清單</translation>
    </message>
    <message>
        <source>Awards</source>
        <comment>sheet name: 奖励</comment>
        <translation>獎勵</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業名稱</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所在地區</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所屬行業</translation>
    </message>
    <message>
        <source>SME size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <source>Assessment year</source>
        <translation>評價年度</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>適用標準</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>第一層級</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>第二層級</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>第三層級</translation>
    </message>
    <message>
        <source>%1: status</source>
        <translation>%1：結果</translation>
    </message>
    <message>
        <source>%1: score</source>
        <translation>%1：得分</translation>
    </message>
    <message>
        <source>Highest tier reached</source>
        <translation>已達最高層級</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>待補差距數</translation>
    </message>
    <message>
        <source>Awards now (10,000 yuan)</source>
        <translation>現可申領獎勵（萬元）</translation>
    </message>
    <message>
        <source>Next tier adds (10,000 yuan)</source>
        <translation>達到下一層級可增加（萬元）</translation>
    </message>
    <message>
        <source>Title held</source>
        <translation>所持稱號</translation>
    </message>
    <message>
        <source>Title valid through</source>
        <translation>稱號有效期至</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Condition or indicator</source>
        <translation>條件或指標</translation>
    </message>
    <message>
        <source>Company&apos;s figure</source>
        <translation>企業數據</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>差距與做法</translation>
    </message>
    <message>
        <source>Points to gain</source>
        <translation>可增加分數</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>獎勵項目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Amount (10,000 yuan)</source>
        <translation>金額（萬元）</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>金額（原文）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>Title of the document</source>
        <translation>文件標題</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>發佈機關</translation>
    </message>
    <message>
        <source>To be verified</source>
        <translation>待核實</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>points</source>
        <translation>得分項</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>待核實</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1：無法寫入工作簿（%2）</translation>
    </message>
</context>
<context>
    <name>srdi::libpq</name>
    <message>
        <source>PostgreSQL&apos;s client library (libpq) could not be used (%1). On Debian, install libpq5.</source>
        <translation>無法使用 PostgreSQL 的客戶端庫（libpq）（%1）。在 Debian 上請安裝 libpq5。</translation>
    </message>
</context>
<context>
    <name>srdi::libxlsxwriter</name>
    <message>
        <source>The spreadsheet library (libxlsxwriter) could not be used (%1). On Debian, install libxlsxwriter4.</source>
        <translation>無法使用電子表格庫（libxlsxwriter）（%1）。在 Debian 上請安裝 libxlsxwriter4。</translation>
    </message>
</context>
<context>
    <name>srdi::report::DocumentChecklist</name>
    <message>
        <source>Document checklist</source>
        <translation>資料準備清單</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message numerus="yes">
        <source>Every figure the rules read is entered (%n figure(s)).</source>
        <translation>
            <numerusform>評價標準用到的數據已全部填寫（共%n項）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figure(s) the rules read are still missing.</source>
        <translation>
            <numerusform>評價標準用到的%n項數據中，還差%1項。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each document below supplies the figures listed under it. The documents are the usual evidence; the authority you apply to may ask for others.</source>
        <translation>下列每份資料提供其下所列的數據。這些是常用的證明材料；受理部門可能要求其他材料。</translation>
    </message>
    <message>
        <source>No document named</source>
        <translation>未指明資料</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n missing)</source>
        <translation>
            <numerusform>%1（還差%n項）</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>數據項</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>已填寫</translation>
    </message>
    <message>
        <source>still missing</source>
        <translation>尚未填寫</translation>
    </message>
</context>
<context>
    <name>srdi::report::Report</name>
    <message>
        <source>Route: %1</source>
        <translation>路徑：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>條件</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業數據</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Score %1 of %2; line %3</source>
        <translation>得分 %1（滿分 %2，達標線 %3）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>標準分</translation>
    </message>
    <message>
        <source>Company&apos;s figure</source>
        <translation>事實數據</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>實際得分</translation>
    </message>
    <message>
        <source> (at least %1)</source>
        <translation>（不低於%1）</translation>
    </message>
    <message>
        <source>Direct routes (any one suffices)</source>
        <translation>直通條件（滿足其一即可）</translation>
    </message>
    <message>
        <source>SRDI self-assessment report</source>
        <translation>專精特新企業自評報告</translation>
    </message>
    <message>
        <source>SME size class</source>
        <translation>企業規模類型</translation>
    </message>
    <message>
        <source>Assessment year and date</source>
        <translation>評價年度及日期</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>適用標準</translation>
    </message>
    <message>
        <source>Report printed on</source>
        <translation>報告打印日期</translation>
    </message>
    <message>
        <source>1. Key figures</source>
        <translation>一、主要經營數據</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>R&amp;D expense / operating revenue</source>
        <translation>研發費用佔營業收入比重</translation>
    </message>
    <message>
        <source>Main business / operating revenue</source>
        <translation>主營業務收入佔營業收入比重</translation>
    </message>
    <message>
        <source>Debt ratio (liabilities / assets)</source>
        <translation>資產負債率（負債總額/資產總額）</translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation>淨利潤率</translation>
    </message>
    <message>
        <source>2. Where the company stands</source>
        <translation>二、梯度層級評價結果</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Score / line</source>
        <translation>得分 / 達標線</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>滿足條件</translation>
    </message>
    <message>
        <source>Highest tier reached: %1.</source>
        <translation>已達到的最高層級：%1。</translation>
    </message>
    <message>
        <source>No tier is reached yet.</source>
        <translation>尚未達到任何層級。</translation>
    </message>
    <message>
        <source>3. Tier by tier</source>
        <translation>三、分層級評價明細</translation>
    </message>
    <message>
        <source>4. What it takes to climb</source>
        <translation>四、差距與提升事項</translation>
    </message>
    <message>
        <source>%1 — to be confirmed by the authority</source>
        <translation>%1 — 需由主管部門確認</translation>
    </message>
    <message>
        <source>%1 — enter: %2</source>
        <translation>%1 — 請填寫：%2</translation>
    </message>
    <message>
        <source>+%1 points: %2</source>
        <translation>+%1分：%2</translation>
    </message>
    <message>
        <source>Every tier is reached.</source>
        <translation>各層級均已達到。</translation>
    </message>
    <message>
        <source>5. Awards for this region</source>
        <translation>五、所在地區獎勵政策</translation>
    </message>
    <message>
        <source>No award of this region is in the catalogue.</source>
        <translation>獎勵目錄中暫無本地區的獎勵政策。</translation>
    </message>
    <message>
        <source>6. Definitions used</source>
        <translation>六、指標釋義</translation>
    </message>
    <message>
        <source>7. Declaration</source>
        <translation>七、聲明</translation>
    </message>
    <message>
        <source>This is a self-assessment made by the company from its own figures against the published criteria. It is not a recognition: only the competent authorities decide, on the documents they require. The company is responsible for the truth of the figures entered.</source>
        <translation>本報告系企業依據自身數據對照已公佈的認定標準所作的自我評價，並非認定結論；是否認定以主管部門按規定程序審核為準。企業對所填數據的真實性負責。</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>填報人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>審核人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation>單位蓋章</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁 / 共 %2 頁</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入%1：%2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>獎勵項目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>政策依據</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Amounts are the maxima the documents state; marks: “to be verified” where the amount is not read from the policy text itself. Awards marked “not paid twice” are not paid on top of a similar award; “top-up of the difference” pays only what a higher level adds.</source>
        <translation>金額為政策文件載明的上限；標註“待核實”的，其金額並非直接取自政策原文。標註“不重複享受”的獎勵不與同類獎勵疊加；“差額補齊”僅補足晉升層級後的差額。</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>評價標準文件</translation>
    </message>
    <message>
        <source>%1 — data inconsistent, correct: %2</source>
        <translation>%1 — 數據矛盾，請更正：%2</translation>
    </message>
    <message>
        <source>Awards: %1</source>
        <translation>獎勵政策：%1</translation>
    </message>
    <message>
        <source>%1 is 0: cannot be computed</source>
        <comment>a ratio over a zero figure</comment>
        <translation>%1為0，無法計算</translation>
    </message>
    <message>
        <source>total assets</source>
        <translation>資產總額</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>營業收入</translation>
    </message>
    <message>
        <source>Why these rules</source>
        <translation>適用標準的依據</translation>
    </message>
</context>
<context>
    <name>srdi::rules::AssessmentText</name>
    <message>
        <source>Company: %1</source>
        <translation>企業：%1</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>認定標準：%1</translation>
    </message>
    <message>
        <source>Rules: %1 (%2)</source>
        <translation>認定標準：%1（%2）</translation>
    </message>
    <message>
        <source>Assessment year: %1, date %2</source>
        <translation>評價年度：%1，評價日期：%2</translation>
    </message>
    <message>
        <source>SME size: %1</source>
        <translation>企業規模：%1</translation>
    </message>
    <message>
        <source>Highest tier met: %1</source>
        <translation>已達到的最高層級：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>(score %1 of %2, line %3)</source>
        <translation>（得分%1，滿分%2，分數線%3）</translation>
    </message>
    <message>
        <source>   route: %1</source>
        <translation>   認定路徑：%1</translation>
    </message>
    <message>
        <source>enter: %1</source>
        <translation>請填寫：%1</translation>
    </message>
    <message>
        <source>   Most points for the least change:</source>
        <translation>   以最小改動爭取最多加分：</translation>
    </message>
    <message>
        <source>direct:</source>
        <translation>直接認定：</translation>
    </message>
    <message>
        <source>Awards: national only (no region entered)</source>
        <translation>獎勵：僅全國性政策（未填寫所在地區）</translation>
    </message>
    <message>
        <source>Awards: %1 (%2)</source>
        <translation>獎勵：%1（%2）</translation>
    </message>
    <message>
        <source>eligible now</source>
        <translation>目前可申領</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>已於%1失效</translation>
    </message>
    <message>
        <source>on a separate event or title</source>
        <translation>需另行滿足的事項或稱號</translation>
    </message>
    <message>
        <source>by selection</source>
        <translation>擇優評選</translation>
    </message>
    <message>
        <source>title already held</source>
        <translation>已獲該稱號</translation>
    </message>
    <message>
        <source>title held before</source>
        <translation>曾獲該稱號</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>自%1起施行</translation>
    </message>
    <message>
        <source>tier not reached</source>
        <translation>尚未達到該層級</translation>
    </message>
    <message>
        <source>%1 on renewal</source>
        <translation>複核通過%1</translation>
    </message>
    <message>
        <source>amount not stated</source>
        <translation>未明確金額</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>待核實</translation>
    </message>
    <message>
        <source>may have expired</source>
        <translation>可能已失效</translation>
    </message>
    <message>
        <source>may have expired (issued %1)</source>
        <translation>可能已失效（%1發佈）</translation>
    </message>
    <message>
        <source>top-up of the difference</source>
        <translation>差額補齊</translation>
    </message>
    <message>
        <source>paid without application</source>
        <translation>免申即享</translation>
    </message>
    <message>
        <source>not paid twice</source>
        <translation>不重複享受</translation>
    </message>
    <message>
        <source>Other awards:</source>
        <translation>其他獎勵：</translation>
    </message>
    <message>
        <source>Could claim now: %1; reaching the next tier adds: %2</source>
        <extracomment>下一层级 / 下一層級: the tier above the one reached, never the previous one.</extracomment>
        <translation>現在可申領：%1；達到下一層級可再增加：%2</translation>
    </message>
    <message>
        <source>on reaching the next tier</source>
        <extracomment>下一层级 / 下一層級: the tier above the one reached, never the previous one.</extracomment>
        <translation>達到下一層級時</translation>
    </message>
    <message>
        <source>! Figures that contradict each other (correct them; the criteria that read them are not decided): %1</source>
        <translation>！相互矛盾的數據（請更正；用到這些數據的條件暫不判定）：%1</translation>
    </message>
    <message>
        <source>correct: %1 contradicts another figure</source>
        <translation>請更正：%1與另一項數據矛盾</translation>
    </message>
    <message>
        <source>Why these rules: %1</source>
        <translation>適用標準的依據：%1</translation>
    </message>
</context>
<context>
    <name>srdi::rules::ExprParser</name>
    <message>
        <source>not an exact decimal number with at most four decimals</source>
        <translation>不是最多四位小數的精確十進制數</translation>
    </message>
    <message>
        <source>unit %1 does not fit a figure that is not a ratio</source>
        <translation>單位%1不適用於非比率數值</translation>
    </message>
    <message>
        <source>unit %1 does not fit a figure that is not money</source>
        <translation>單位%1不適用於非金額數值</translation>
    </message>
    <message>
        <source>money needs the unit %1 and a ratio the unit %</source>
        <translation>金額須使用單位%1，比率須使用單位%</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>未知的單位“%1”</translation>
    </message>
    <message>
        <source>a figure must be an object</source>
        <translation>數值必須為對象</translation>
    </message>
    <message>
        <source>needs exactly two figures</source>
        <translation>必須恰好包含兩個數值</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10</source>
        <translation>必須為1到10的整數</translation>
    </message>
    <message>
        <source>unknown numeric field &apos;%1&apos;</source>
        <translation>未知的數值字段“%1”</translation>
    </message>
    <message>
        <source>a yearly figure needs &quot;year&quot;: an offset from -1 to -10</source>
        <translation>年度數值須指定&quot;year&quot;：取值為-1至-10的年度偏移量</translation>
    </message>
    <message>
        <source>needs at least one figure</source>
        <translation>至少需要一個數值</translation>
    </message>
    <message>
        <source>mixes figures of different kinds</source>
        <translation>混用了不同類型的數值</translation>
    </message>
    <message>
        <source>unknown date field &apos;%1&apos;</source>
        <translation>未知的日期字段“%1”</translation>
    </message>
    <message>
        <source>must be &quot;prev_year_end&quot; or &quot;assessment_date&quot;</source>
        <translation>必須為&quot;prev_year_end&quot;或&quot;assessment_date&quot;</translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos;</source>
        <translation>未知的列表“%1”</translation>
    </message>
    <message>
        <source>must be &quot;max&quot; or &quot;latest&quot;</source>
        <translation>必須為&quot;max&quot;或&quot;latest&quot;</translation>
    </message>
    <message>
        <source>unknown number &apos;%1&apos; in the list</source>
        <translation>列表中沒有數值項“%1”</translation>
    </message>
    <message>
        <source>the list has no &apos;%1&apos;</source>
        <translation>列表中沒有“%1”</translation>
    </message>
    <message>
        <source>needs a list of accepted values</source>
        <translation>需要列出可接受的取值</translation>
    </message>
    <message>
        <source>needs &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>需要&quot;%1&quot;或&quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a known kind of figure</source>
        <translation>不是已知的數值類型</translation>
    </message>
    <message>
        <source>a test must be an object</source>
        <translation>判斷條件必須為對象</translation>
    </message>
    <message>
        <source>unknown comparison &apos;%1&apos;</source>
        <translation>未知的比較運算符“%1”</translation>
    </message>
    <message>
        <source>needs at least one test</source>
        <translation>至少需要一個判斷條件</translation>
    </message>
    <message>
        <source>must be from 1 to the number of tests</source>
        <translation>必須介於1與判斷條件個數之間</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; for this test</source>
        <translation>此類判斷條件沒有字段“%1”</translation>
    </message>
    <message>
        <source>needs a list of values</source>
        <translation>需要取值列表</translation>
    </message>
    <message>
        <source>unknown tier</source>
        <translation>未知的層級</translation>
    </message>
    <message>
        <source>needs at least one case</source>
        <translation>至少需要一個分支</translation>
    </message>
    <message>
        <source>not a known kind of test</source>
        <translation>不是已知的判斷條件類型</translation>
    </message>
    <message>
        <source>a ratio, growth or compound growth may not be taken of another one</source>
        <translation>不能對比率、增長率或複合增長率再求比率或增長率</translation>
    </message>
    <message>
        <source>may add up at most %1 ratios or growth rates</source>
        <translation>最多只能相加%1個比率或增長率</translation>
    </message>
    <message>
        <source>only a mean may say &quot;skip&quot; or &quot;lowest&quot;</source>
        <translation>僅平均值可取 &quot;skip&quot; 或 &quot;lowest&quot;</translation>
    </message>
</context>
<context>
    <name>srdi::rules::Fields</name>
    <message>
        <source>operating revenue</source>
        <translation>營業收入</translation>
    </message>
    <message>
        <source>main business revenue</source>
        <translation>主營業務收入</translation>
    </message>
    <message>
        <source>R&amp;D expense</source>
        <translation>研發費用</translation>
    </message>
    <message>
        <source>total costs and expenses</source>
        <translation>成本費用支出總額</translation>
    </message>
    <message>
        <source>net profit</source>
        <translation>淨利潤</translation>
    </message>
    <message>
        <source>total assets</source>
        <translation>資產總額</translation>
    </message>
    <message>
        <source>total liabilities</source>
        <translation>負債總額</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>職工總數</translation>
    </message>
    <message>
        <source>R&amp;D staff</source>
        <translation>研發人員</translation>
    </message>
    <message>
        <source>science and technology staff</source>
        <translation>科技人員</translation>
    </message>
    <message>
        <source>qualified equity financing</source>
        <translation>合格機構投資者股權融資</translation>
    </message>
    <message>
        <source>high-value Class I IP</source>
        <translation>Ⅰ類高價值知識產權</translation>
    </message>
    <message>
        <source>self-developed Class I IP</source>
        <translation>自主研發Ⅰ類知識產權</translation>
    </message>
    <message>
        <source>Class I IP</source>
        <translation>Ⅰ類知識產權</translation>
    </message>
    <message>
        <source>Class II IP</source>
        <translation>Ⅱ類知識產權</translation>
    </message>
    <message>
        <source>Class I IP in use</source>
        <translation>已實際應用並產生經濟效益的Ⅰ類知識產權</translation>
    </message>
    <message>
        <source>digitalisation level</source>
        <translation>數字化水平</translation>
    </message>
    <message>
        <source>national niche market share</source>
        <translation>全國細分市場佔有率</translation>
    </message>
    <message>
        <source>international niche market share</source>
        <translation>國際細分市場佔有率</translation>
    </message>
    <message>
        <source>rank in the national niche</source>
        <translation>國內細分市場排名</translation>
    </message>
    <message>
        <source>provincial feature score</source>
        <translation>地方特色指標得分</translation>
    </message>
    <message>
        <source>not on the abnormal-operation or dishonesty lists</source>
        <translation>未被列入經營異常名錄或嚴重失信主體名單</translation>
    </message>
    <message>
        <source>no banned, restricted or obsolete products</source>
        <translation>產品不屬於禁止、限制或淘汰類</translation>
    </message>
    <message>
        <source>no major accident or tax evasion in three years</source>
        <translation>近三年無重大事故及違法違規行為</translation>
    </message>
    <message>
        <source>own or joint R&amp;D institution</source>
        <translation>自建或聯合建立研發機構</translation>
    </message>
    <message>
        <source>core business on an information system</source>
        <translation>核心業務採用信息系統支撐</translation>
    </message>
    <message>
        <source>quality management system certificate</source>
        <translation>質量管理體系認證</translation>
    </message>
    <message>
        <source>own brand</source>
        <translation>自主品牌</translation>
    </message>
    <message>
        <source>took part in drafting standards</source>
        <translation>參與制修訂標準</translation>
    </message>
    <message>
        <source>management-system or developed-market product certificate</source>
        <translation>管理體系認證或發達國家和地區產品認證</translation>
    </message>
    <message>
        <source>niche market position near the top</source>
        <translation>細分市場佔有率較為靠前且有一定知名度</translation>
    </message>
    <message>
        <source>key link of an industry chain</source>
        <translation>位於產業鏈關鍵環節</translation>
    </message>
    <message>
        <source>renewal of a held title</source>
        <translation>已獲稱號複核</translation>
    </message>
    <message>
        <source>level of the R&amp;D institution</source>
        <translation>研發機構級別</translation>
    </message>
    <message>
        <source>R&amp;D indicator filed</source>
        <translation>研發投入指標（科技型）</translation>
    </message>
    <message>
        <source>quality award</source>
        <translation>質量獎</translation>
    </message>
    <message>
        <source>field of the main product</source>
        <translation>主導產品所屬領域</translation>
    </message>
    <message>
        <source>titles held</source>
        <translation>有效榮譽稱號</translation>
    </message>
    <message>
        <source>date of establishment</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>start in the niche market</source>
        <translation>從事特定細分市場起始日期</translation>
    </message>
    <message>
        <source>titles granted</source>
        <translation>已獲稱號</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>所屬行業</translation>
    </message>
    <message>
        <source>science and technology awards</source>
        <translation>科學技術獎勵</translation>
    </message>
    <message>
        <source>Maker China results</source>
        <translation>“創客中國”大賽成績</translation>
    </message>
    <message>
        <source>standards led</source>
        <translation>主導制定的標準</translation>
    </message>
    <message>
        <source>SRDI development score (national platform)</source>
        <translation>專精特新發展評價得分（國家平臺）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field label, then fiscal year</comment>
        <translation>%2年%1</translation>
    </message>
</context>
<context>
    <name>srdi::rules::Format</name>
    <message>
        <source>CNY %1</source>
        <comment>money in yuan</comment>
        <translation>%1元</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>無法計算</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2–%3 in total</source>
        <translation>%2–%3年%1合計</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1個百分點</translation>
    </message>
    <message>
        <source>%1: %2 more needed</source>
        <translation>%1：還需增加%2</translation>
    </message>
    <message>
        <source>%1: reduce by %2</source>
        <translation>%1：需降低%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more year(s) needed</source>
        <translation>
            <numerusform>%1：還需%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>needs to reach %1</source>
        <translation>須達到%1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已達到</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未達到</translation>
    </message>
    <message>
        <source>data missing</source>
        <translation>缺少數據</translation>
    </message>
    <message>
        <source>needs official confirmation</source>
        <translation>需官方確認</translation>
    </message>
    <message>
        <source>micro enterprise</source>
        <translation>微型企業</translation>
    </message>
    <message>
        <source>small enterprise</source>
        <translation>小型企業</translation>
    </message>
    <message>
        <source>medium enterprise</source>
        <translation>中型企業</translation>
    </message>
    <message>
        <source>not an SME</source>
        <translation>非中小企業</translation>
    </message>
    <message>
        <source>size not determined</source>
        <translation>企業規模無法判定</translation>
    </message>
    <message>
        <source>the figures that decide the SME size (industry, employees, revenue, assets)</source>
        <translation>中小企業劃型所需數據（所屬行業、職工總數、營業收入、資產總額）</translation>
    </message>
    <message>
        <source>data inconsistent</source>
        <translation>數據矛盾</translation>
    </message>
    <message>
        <source>User rule pack, replacing the built-in pack %1: %2</source>
        <translation>用戶評價標準文件，替代內置的%1版：%2</translation>
    </message>
    <message>
        <source>User rule pack: %1</source>
        <translation>用戶評價標準文件：%1</translation>
    </message>
    <message>
        <source>%1 is 0: cannot be computed</source>
        <comment>a ratio over a zero figure</comment>
        <translation>%1為0，無法計算</translation>
    </message>
    <message>
        <source>the base is 0: cannot be computed</source>
        <comment>a ratio over a zero figure</comment>
        <translation>基數為0，無法計算</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>待核實</translation>
    </message>
    <message>
        <source>%1: chosen by the user.</source>
        <translation>%1：由用戶指定。</translation>
    </message>
    <message>
        <source>%1: a renewal of a title granted on %2, assessed on %3. Reading applied: %4</source>
        <translation>%1：複核%2認定的稱號，評價日期%3。適用的解讀：%4</translation>
    </message>
    <message>
        <source>%1: the rules in force on %2. Whether this is a renewal is not said (Titles page); a renewal of a title granted before %3 would be reviewed under %4: %5</source>
        <translation>%1：%2施行的標準。未填寫是否為複核（“稱號與承諾”頁）；複核%3以前認定的稱號的，將按%4複核：%5</translation>
    </message>
    <message>
        <source>%1: the rules in force on %2. A renewal, but no title granted before %3 is recorded, so the renewal reading of %4 does not apply.</source>
        <translation>%1：%2施行的標準。為複核，但未記錄%3以前認定的稱號，故不適用%4的複核規定。</translation>
    </message>
    <message>
        <source>%1: the rules in force on %2 (a first application, not a renewal).</source>
        <translation>%1：%2施行的標準（首次申報，非複核）。</translation>
    </message>
    <message>
        <source>%1: the rules in force on %2.</source>
        <translation>%1：%2施行的標準。</translation>
    </message>
    <message>
        <source>Reading applied (%1): %2</source>
        <translation>適用的解讀（%1）：%2</translation>
    </message>
    <message>
        <source>%1 (the mean of the years with a value; %2 is 0: that year cannot be computed)</source>
        <comment>a mean growth leaving out a year whose base is zero</comment>
        <translation>%1（取可計算年度的平均值；%2為0，該年度無法計算）</translation>
    </message>
    <message>
        <source>%1 (the mean of the years with a value)</source>
        <comment>a mean growth leaving out a year whose base is zero</comment>
        <translation>%1（取可計算年度的平均值）</translation>
    </message>
    <message>
        <source>%1 counted %2–%3</source>
        <comment>the years a list of awards or standards is counted over</comment>
        <translation>%1按%2–%3年計</translation>
    </message>
    <message>
        <source> (the assessment year included)</source>
        <translation>（含評價年度）</translation>
    </message>
</context>
<context>
    <name>srdi::rules::RulePackLoader</name>
    <message>
        <source>needs a name in &quot;en&quot; and &quot;zh_CN&quot;</source>
        <translation>需要提供&quot;en&quot;和&quot;zh_CN&quot;名稱</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>“%1”重複使用</translation>
    </message>
    <message>
        <source>must be &quot;manual_review&quot;</source>
        <translation>必須為&quot;manual_review&quot;</translation>
    </message>
    <message>
        <source>needs at least one band</source>
        <translation>至少需要一個分檔</translation>
    </message>
    <message>
        <source>only the last band may go without &quot;if&quot;</source>
        <translation>只有最後一檔可以不設&quot;if&quot;</translation>
    </message>
    <message>
        <source>the last band must have no &quot;if&quot;: it catches everything else</source>
        <translation>最後一檔不得設&quot;if&quot;：它涵蓋其餘所有情況</translation>
    </message>
    <message>
        <source>must be from 0 to the indicator&apos;s maximum</source>
        <translation>必須介於0與該指標滿分之間</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>未知的類別“%1”</translation>
    </message>
    <message>
        <source>needs a choice field</source>
        <translation>需要一個選項字段</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;bands&quot;, &quot;points_from&quot;, &quot;alternatives&quot;</source>
        <translation>&quot;bands&quot;、&quot;points_from&quot;、&quot;alternatives&quot;須有且只有一項</translation>
    </message>
    <message>
        <source>the indicators of category &apos;%1&apos; add up to %2, not its maximum %3</source>
        <translation>類別“%1”各指標分值合計為%2，與其滿分%3不符</translation>
    </message>
    <message>
        <source>the line is above the highest possible score</source>
        <translation>分數線高於可能的最高得分</translation>
    </message>
    <message>
        <source>must be &quot;srdi-rules/1&quot;</source>
        <translation>必須為&quot;srdi-rules/1&quot;</translation>
    </message>
    <message>
        <source>needs a date YYYY-MM-DD</source>
        <translation>需要YYYY-MM-DD格式的日期</translation>
    </message>
    <message>
        <source>must be a whole number of years</source>
        <translation>必須為整數年</translation>
    </message>
    <message>
        <source>tiers must be innovative, specialized, little_giant in that order</source>
        <translation>層級必須依次為innovative、specialized、little_giant</translation>
    </message>
    <message>
        <source>needs at least one route</source>
        <translation>至少需要一條認定路徑</translation>
    </message>
    <message>
        <source>direct routes stand in for a score; this route has none</source>
        <translation>直接認定條件用於替代評分，但該路徑沒有評分</translation>
    </message>
    <message>
        <source>needs the three tiers</source>
        <translation>須包含三個層級</translation>
    </message>
    <message>
        <source>must map a route id to a number of years</source>
        <translation>須為路徑標識到年數的對應</translation>
    </message>
    <message>
        <source>must not be before granted_before</source>
        <translation>不得早於 granted_before</translation>
    </message>
    <message>
        <source>must say true or false</source>
        <translation>須為 true 或 false</translation>
    </message>
    <message>
        <source>unknown common condition &apos;%1&apos;</source>
        <translation>未知的通用條件“%1”</translation>
    </message>
    <message>
        <source>a route that waives a common condition must say why</source>
        <translation>免除通用條件的路徑須說明理由</translation>
    </message>
</context>
<context>
    <name>srdi::rules::SmeSizeTable</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是JSON對象</translation>
    </message>
    <message>
        <source>groups: exactly one group must be the other industries (&quot;fallback&quot;: true or no codes)</source>
        <translation>groups：必須恰有一個組為其他未列明行業（&quot;fallback&quot;: true 或不列代碼）</translation>
    </message>
</context>
<context>
    <name>srdi::ui::CheckList</name>
    <message>
        <source>None of these</source>
        <translation>以上均無</translation>
    </message>
</context>
<context>
    <name>srdi::ui::ChoiceCombo</name>
    <message>
        <source>— not entered —</source>
        <translation>— 未填寫 —</translation>
    </message>
</context>
<context>
    <name>srdi::ui::CompanyForm</name>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第%2行</translation>
    </message>
    <message>
        <source>Not saved: the last valid value is kept.</source>
        <translation>未保存：保留上一個有效值。</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必須為整數</translation>
    </message>
    <message>
        <source>must be a number with at most four decimals</source>
        <translation>必須為最多四位小數的數字</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— 未填寫 —</translation>
    </message>
    <message>
        <source>— whole province —</source>
        <translation>— 全省 —</translation>
    </message>
    <message>
        <source>— choose a division —</source>
        <translation>— 請選擇行業大類 —</translation>
    </message>
    <message>
        <source>— whole division —</source>
        <translation>— 整個大類 —</translation>
    </message>
    <message>
        <source>Add year %1</source>
        <translation>添加%1年度</translation>
    </message>
    <message>
        <source>Remove year</source>
        <translation>刪除年度</translation>
    </message>
    <message>
        <source>Remove every figure of %1? You can undo this with Ctrl+Z.</source>
        <translation>刪除%1年度的全部數據？可按Ctrl+Z撤銷。</translation>
    </message>
    <message>
        <source>Remove year %1</source>
        <translation>刪除%1年度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>組別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>稱號</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>認定日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本情況</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>經營情況</translation>
    </message>
    <message>
        <source>Specialised</source>
        <translation>專業化</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>精細化</translation>
    </message>
    <message>
        <source>Distinctive</source>
        <translation>特色化</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>創新能力</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>稱號與承諾</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業信息</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評價信息</translation>
    </message>
    <message>
        <source>Niche market</source>
        <translation>細分市場</translation>
    </message>
    <message>
        <source>Market position of the main product</source>
        <translation>主導產品市場地位</translation>
    </message>
    <message>
        <source>Refined management</source>
        <translation>精細化管理</translation>
    </message>
    <message>
        <source>Local distinctive indicator (2022 rules)</source>
        <translation>地方特色指標（2022年標準）</translation>
    </message>
    <message>
        <source>Intellectual property related to the main product</source>
        <translation>與主導產品相關的知識產權</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>研發情況</translation>
    </message>
    <message>
        <source>Honours, awards and standards</source>
        <translation>榮譽、獎勵和標準</translation>
    </message>
    <message>
        <source>Titles held and national evaluation scores</source>
        <translation>已獲稱號及專精特新發展評價得分</translation>
    </message>
    <message>
        <source>Pledges (common conditions)</source>
        <translation>承諾事項（共同申報條件）</translation>
    </message>
    <message>
        <source>Figures from the audited statements of each fiscal year. Money in 10,000 yuan (万元) — type 8600 or 8,600.5; people at year end. Leave a cell empty when it is not known. The grey rows are worked out as you type.</source>
        <translation>各會計年度經審計財務報表中的數據。金額單位為萬元，可輸入8600或8,600.5；人數按年末數填寫。尚不清楚的數據請留空。灰色行在輸入時自動計算。</translation>
    </message>
    <message>
        <source>Add an earlier year</source>
        <translation>添加更早年度</translation>
    </message>
    <message>
        <source>Remove the selected year…</source>
        <translation>刪除所選年度…</translation>
    </message>
    <message>
        <source>What counts (F1)</source>
        <translation>填報說明（F1）</translation>
    </message>
    <message>
        <source>Saved as typed. The criteria that read it show &quot;data inconsistent&quot; until it is corrected.</source>
        <translation>已按輸入保存。在更正之前，用到它的條件顯示為“數據矛盾”。</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>is not a date: type it as 2016-05-18, 2016/5/18 or 20160518</source>
        <translation>不是日期：請按 2016-05-18、2016/5/18 或 20160518 的格式輸入</translation>
    </message>
    <message>
        <source>What counts: %1</source>
        <translation>口徑說明：%1</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1：日曆</translation>
    </message>
    <message>
        <source>%1: province</source>
        <translation>%1：省份</translation>
    </message>
    <message>
        <source>%1: city</source>
        <translation>%1：城市</translation>
    </message>
    <message>
        <source>%1: section</source>
        <translation>%1：門類</translation>
    </message>
    <message>
        <source>%1: division</source>
        <translation>%1：大類</translation>
    </message>
    <message>
        <source>%1: group</source>
        <translation>%1：中類</translation>
    </message>
    <message>
        <source>%1 = %2 is more than the operating revenue of %3 (%4).</source>
        <translation>%1 = %2，超過%3年營業收入（%4）。</translation>
    </message>
    <message>
        <source>%1 = %2 is far more than the operating revenue of %3 (%4).</source>
        <translation>%1 = %2，遠超%3年營業收入（%4）。</translation>
    </message>
    <message>
        <source>%1 = %2 is ten times or more the figure of %3 (%4).</source>
        <translation>%1 = %2，達到%3年數據（%4）的十倍或以上。</translation>
    </message>
    <message>
        <source>Divide by 10,000</source>
        <translation>除以10000</translation>
    </message>
    <message>
        <source>Divide %1 by 10,000</source>
        <translation>將%1除以10000</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>將%1改為%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n missing)</source>
        <extracomment>A form&apos;s tab: its name, then how many figures the rules read are still empty (&quot;经营情况（还差 3 项）&quot;).</extracomment>
        <translation>
            <numerusform>%1（還差 %n 項）</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to enter for the rules in force: %1</source>
        <translation>現行評價標準還需填寫：%1</translation>
    </message>
    <message>
        <source>Figures by fiscal year</source>
        <translation>各年度數據</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清空%1</translation>
    </message>
    <message>
        <source>— whole city —</source>
        <translation>— 全市 —</translation>
    </message>
    <message>
        <source>%1: district or county</source>
        <translation>%1：區縣</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>取得途徑</translation>
    </message>
    <message>
        <source>Not saved yet: kept here as typed; Retry saves it.</source>
        <translation>尚未保存：輸入內容保留在此處；點“重試”即可保存。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::DocumentChecklistDialog</name>
    <message>
        <source>Document checklist</source>
        <translation>資料準備清單</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為PDF…</translation>
    </message>
    <message>
        <source>document checklist</source>
        <translation>資料準備清單</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>srdi::ui::FiscalYearsModel</name>
    <message>
        <source>Worked out from the figures above; read-only</source>
        <translation>根據上方數據自動計算，不可編輯</translation>
    </message>
    <message>
        <source>R&amp;D expense / operating revenue</source>
        <translation>研發費用佔營業收入比重</translation>
    </message>
    <message>
        <source>Main business / operating revenue</source>
        <translation>主營業務收入佔營業收入比重</translation>
    </message>
    <message>
        <source>Debt ratio (liabilities / assets)</source>
        <translation>資產負債率（負債總額/資產總額）</translation>
    </message>
    <message>
        <source>Main business revenue growth</source>
        <translation>主營業務收入增長率</translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation>淨利潤率</translation>
    </message>
    <message>
        <source>must be an amount in %1 with at most four decimals</source>
        <translation>必須為以%1為單位、最多四位小數的金額</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必須為整數</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%2年%1：%3</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填寫</translation>
    </message>
</context>
<context>
    <name>srdi::ui::HistoryDialog</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改記錄</translation>
    </message>
    <message>
        <source>Every change saved to this company, newest first: who made it, when, and the value before and after (— : not known).</source>
        <translation>該企業每一次已保存的修改，最新的在前：由誰、在何時修改，以及修改前後的值（—：未知）。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <source>No change has been recorded for this company yet.</source>
        <translation>該企業尚無修改記錄。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::ImportCompaniesDialog</name>
    <message>
        <source>Import companies</source>
        <translation>導入企業</translation>
    </message>
    <message>
        <source>The first companies, as they will be read:</source>
        <translation>前幾家企業（按將要讀取的內容顯示）：</translation>
    </message>
    <message>
        <source>Preview of the companies to import</source>
        <translation>待導入企業預覽</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>導入進度</translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation>未導入的行：</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未導入的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>導入</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file:</source>
        <translation>此文件無法導入：</translation>
    </message>
    <message>
        <source>A folder of company profiles (*.srdi.json)</source>
        <translation>企業檔案文件夾（*.srdi.json）</translation>
    </message>
    <message>
        <source>A company CSV, read as %1</source>
        <translation>企業CSV文件，按%1編碼讀取</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) recognised</source>
        <translation>
            <numerusform>識別出%n列</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業名稱</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>統一社會信用代碼</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所在地區</translation>
    </message>
    <message>
        <source>Assessment year</source>
        <translation>評價年度</translation>
    </message>
    <message>
        <source>As read</source>
        <translation>讀取結果</translation>
    </message>
    <message numerus="yes">
        <source>ready: %n field(s)</source>
        <translation>
            <numerusform>可導入：%n個字段</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. Companies already in the database (same credit code, or same name without one) are updated with the fields the file gives; the rest of what is stored stays.</source>
        <translation>按“導入”之前不會寫入任何內容。數據庫中已有的企業（統一社會信用代碼相同，或無代碼時名稱相同）只更新文件中給出的字段，其餘已保存內容不變。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在導入…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stopping after the company being written…</source>
        <translation>寫完當前企業後停止…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未導入任何內容：%1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 not imported (listed above).</source>
        <translation>新增%1家，更新%2家，未變%3家，未導入%4行（見上方列表）。</translation>
    </message>
    <message>
        <source>Stopped: every company written is whole; importing the same file again completes it.</source>
        <translation>已停止：已寫入的企業均完整；再次導入同一文件即可完成其餘部分。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Search by name or credit code (Ctrl+F)</source>
        <translation>按企業名稱或統一社會信用代碼搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation>添加企業（Ctrl+N）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the selected company, without its credit code</source>
        <translation>複製所選企業（不含統一社會信用代碼）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Delete the selected company (undo with Ctrl+Z)</source>
        <translation>刪除所選企業（可按Ctrl+Z撤銷）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>新建企業(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate company</source>
        <translation>複製企業(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete company…</source>
        <translation>刪除企業(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>導入企業檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation>導出企業檔案(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印報告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find company</source>
        <translation>查找企業(&amp;F)</translation>
    </message>
    <message>
        <source>What counts for this field</source>
        <translation>本欄填報說明</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>無法打開數據庫</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>數據庫：%1</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>無數據庫</translation>
    </message>
    <message>
        <source>SRDI Self-Assessment</source>
        <translation>專精特新自評助手</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>%1 — %2 — SRDI Self-Assessment</source>
        <translation>%1 — %2 — 專精特新自評助手</translation>
    </message>
    <message>
        <source>The last change could not be saved</source>
        <translation>最近一次更改未能保存</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>新企業</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate company</source>
        <translation>複製企業</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>複製%1</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>刪除企業</translation>
    </message>
    <message>
        <source>Delete “%1” and all its figures?</source>
        <translation>刪除“%1”及其全部數據？</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z while the window is open.</source>
        <translation>關閉窗口前，可按Ctrl+Z撤銷此操作。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除%1</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>導入企業檔案</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取%1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation>未從%1導入任何內容：

%2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>導入%1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>已更新%1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加%1</translation>
    </message>
    <message>
        <source>SRDI profiles (*.srdi.json *.json)</source>
        <translation>專精特新企業檔案 (*.srdi.json *.json)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>導出企業檔案</translation>
    </message>
    <message>
        <source>SRDI profiles (*.srdi.json)</source>
        <translation>專精特新企業檔案 (*.srdi.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入%1：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已導出至%1</translation>
    </message>
    <message>
        <source>About SRDI Self-Assessment</source>
        <translation>關於專精特新自評助手</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>視圖(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>what-if, not saved</source>
        <translation>模擬測算，未保存</translation>
    </message>
    <message>
        <source>What-if: changes are not saved until you apply them</source>
        <translation>模擬測算：更改在應用前不會保存</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>Export report as P&amp;DF…</source>
        <translation>導出報告為PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Select a company first</source>
        <translation>請先選擇企業</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印預覽</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>導出報告為PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>報告已保存至%1（共%n頁）</numerusform>
        </translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地區</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>全部層級</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>Title lapsing within 90 days</source>
        <translation>稱號90天內到期</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>未達層級</translation>
    </message>
    <message>
        <source>%1: %2 (%3), in force from %4 to %5</source>
        <translation>%1：%2（%3），%4起施行，至%5止</translation>
    </message>
    <message>
        <source>%1: %2 (%3), in force from %4</source>
        <translation>%1：%2（%3），%4起施行</translation>
    </message>
    <message>
        <source>(not yet checked against the official text)</source>
        <translation>（尚未與官方原文核對）</translation>
    </message>
    <message>
        <source>No rule pack could be loaded.</source>
        <translation>未能加載任何評價標準。</translation>
    </message>
    <message>
        <source>Rule packs loaded:</source>
        <translation>已加載的評價標準：</translation>
    </message>
    <message>
        <source>Updated rule packs: %1</source>
        <translation>更新的評價標準文件夾：%1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>設置文件：%1</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>許可協議：GNU通用公共許可證第3版或更高版本（GPL-3.0-or-later）。本程序不提供任何擔保。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基於Qt %1構建，運行於Qt %2。</translation>
    </message>
    <message>
        <source>Changed by another window or program, now shown: %1</source>
        <translation>另一窗口或程序已更改以下內容，現已顯示：%1</translation>
    </message>
    <message>
        <source>The company shown was deleted by another window or program.</source>
        <translation>當前顯示的企業已被另一窗口或程序刪除。</translation>
    </message>
    <message>
        <source>A rule pack was refused: %1</source>
        <translation>有一個評價標準文件被拒絕：%1</translation>
    </message>
    <message>
        <source>Rule pack refused</source>
        <translation>評價標準文件被拒絕</translation>
    </message>
    <message>
        <source>These rule pack files could not be used and were skipped:</source>
        <translation>以下評價標準文件無法使用，已跳過：</translation>
    </message>
    <message>
        <source>One step from reaching the next tier</source>
        <extracomment>下一层级 / 下一層級: the tier above the one reached, never the previous one.</extracomment>
        <translation>距下一層級僅差一步</translation>
    </message>
    <message>
        <source>a value was not saved</source>
        <translation>有一個值未保存</translation>
    </message>
    <message>
        <source>typing, not saved yet</source>
        <translation>正在輸入，尚未保存</translation>
    </message>
    <message>
        <source>Not saved: a value shown in red was refused; correct it or undo</source>
        <translation>未保存：紅色顯示的值被拒絕；請更正或撤銷</translation>
    </message>
    <message>
        <source>Not saved yet: saved when you press Enter or Tab, leave the field or pause</source>
        <translation>尚未保存：按回車鍵或 Tab 鍵、離開該欄或停頓片刻後保存</translation>
    </message>
    <message>
        <source>%1: yours %2, theirs %3</source>
        <translation>%1：您的值 %2，對方的值 %3</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>Another window or program changed the same field while you edited it:</source>
        <translation>在您編輯時，另一窗口或程序更改了同一欄：</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留對方的值</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的值</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SRDI Self-Assessment %1&lt;/h3&gt;&lt;p&gt;Where a company stands on the ladder of quality SMEs, and what it takes to reach the next tier.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;專精特新自評助手 %1&lt;/h3&gt;&lt;p&gt;企業在優質中小企業梯度培育體系中所處的位置，以及達到下一層級還需要什麼。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Document checklist…</source>
        <translation>資料準備清單(&amp;D)…</translation>
    </message>
    <message>
        <source>Import companies</source>
        <translation>導入企業</translation>
    </message>
    <message>
        <source>Company CSV (*.csv *.txt);;All files (*)</source>
        <translation>企業CSV文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import companies from a folder of profiles</source>
        <translation>從企業檔案文件夾導入</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>導出企業名錄</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>企業名錄</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import &amp;companies (CSV)…</source>
        <translation>導入企業（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <source>Import companies from a &amp;folder…</source>
        <translation>從文件夾導入企業(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;portfolio (Excel, CSV)…</source>
        <translation>導出企業名錄（Excel、CSV）(&amp;P)…</translation>
    </message>
    <message>
        <source>Exporting the portfolio…</source>
        <translation>正在導出企業名錄…</translation>
    </message>
    <message>
        <source>Export stopped: nothing was written</source>
        <translation>導出已停止：未寫入任何文件</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) exported to %1</source>
        <translation>
            <numerusform>已導出%n家企業到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by province</source>
        <translation>按省份篩選</translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation>按城市篩選</translation>
    </message>
    <message>
        <source>Filter by district or county</source>
        <translation>按區縣篩選</translation>
    </message>
    <message>
        <source>Filter by tier reached</source>
        <translation>按已達層級篩選</translation>
    </message>
    <message>
        <source>Inputs missing for the next tier</source>
        <translation>下一層級缺少數據</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部區縣</translation>
    </message>
    <message numerus="yes">
        <source>Companies listed: %n; one step from reaching the next tier: %1; inputs missing for the next tier: %2; holding a valid title: %3; a title lapsing within 90 days: %4; awards claimable now: %5</source>
        <translation>
            <numerusform>列出企業：%n家；距下一層級僅差一步：%1家；下一層級缺少數據：%2家；持有有效稱號：%3家；稱號90天內到期：%4家；現可申領獎勵：%5</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the companies…</source>
        <translation>正在統計企業數量…</translation>
    </message>
    <message>
        <source>Backups of a shared database</source>
        <translation>共享數據庫的備份</translation>
    </message>
    <message>
        <source>This portfolio is kept in the shared database %1. Its backups are the server&apos;s own: whoever runs the server backs it up and restores it with PostgreSQL&apos;s tools (pg_dump and pg_restore; see docs/shared-database.md). This program&apos;s daily backups are of a database file of one&apos;s own.</source>
        <translation>本企業庫保存在共享數據庫%1中，由服務器自行備份：服務器的管理人員使用 PostgreSQL 的工具（pg_dump 和 pg_restore；見 docs/shared-database.md）備份和恢復。本程序的每日備份只針對本機自己的數據庫文件。</translation>
    </message>
    <message>
        <source>Open &amp;shared database…</source>
        <translation>打開共享數據庫(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;own database</source>
        <translation>打開本機數據庫(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Backups of a shared database…</source>
        <translation>共享數據庫的備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Company &amp;history…</source>
        <translation>企業修改記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>共享：%1</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server: colleagues&apos; changes appear within a second</source>
        <translation>PostgreSQL 服務器上的共享數據庫：同事的修改一秒內即可看到</translation>
    </message>
    <message>
        <source>%1: here %2, in the file %3</source>
        <translation>%1：此處為 %2，文件中為 %3</translation>
    </message>
    <message>
        <source>Changed in both places</source>
        <translation>兩處都有修改</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of “%1” were changed both in the file and here since the file was exported. The values here were kept:</source>
        <translation>
            <numerusform>自文件導出以來，“%1”有 %n 個字段在文件中和此處都被修改。已保留此處的值：</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the values here</source>
        <translation>保留此處的值</translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation>採用文件中的值</translation>
    </message>
    <message>
        <source>What you typed stays in its field; Retry saves it again.</source>
        <translation>您輸入的內容仍保留在原字段中；點“重試”將再次保存。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Connected again to %1</source>
        <translation>已重新連接到%1</translation>
    </message>
    <message>
        <source>Company history</source>
        <translation>企業修改記錄</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打開數據庫</translation>
    </message>
    <message>
        <source>Exported to %1, but the copy was not recorded: %2</source>
        <translation>已導出到%1，但未能記錄這份副本：%2</translation>
    </message>
    <message>
        <source>The connection to the shared database %1 was lost; trying again…</source>
        <translation>與共享數據庫%1的連接已斷開，正在重試…</translation>
    </message>
    <message>
        <source>Not saved: the connection to the shared database %1 was lost.</source>
        <translation>未保存：與共享數據庫%1的連接已斷開。</translation>
    </message>
    <message>
        <source>What you typed stays in its field; Retry connects again and saves it.</source>
        <translation>您輸入的內容仍保留在原字段中；點“重試”將重新連接並保存。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::OptionalDateEdit</name>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>在日曆中選擇（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>srdi::ui::PortfolioChart</name>
    <message>
        <source>Companies by highest tier reached</source>
        <translation>按已達最高層級統計的企業數</translation>
    </message>
</context>
<context>
    <name>srdi::ui::PortfolioModel</name>
    <message>
        <source>A title lapses on %1</source>
        <translation>稱號將於%1到期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Awards now</source>
        <translation>目前可申領獎勵</translation>
    </message>
    <message>
        <source>One step from reaching the next tier</source>
        <extracomment>下一层级 / 下一層級: the tier above the one reached, never the previous one.</extracomment>
        <translation>距下一層級僅差一步</translation>
    </message>
    <message>
        <source>Reaches: %1</source>
        <translation>已達：%1</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>持有稱號：%1</translation>
    </message>
    <message>
        <source>Inputs still missing for the next tier</source>
        <translation>下一層級仍缺少數據</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>已達層級</translation>
    </message>
    <message>
        <source>Title held</source>
        <translation>所持稱號</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>差距數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營業收入</translation>
    </message>
    <message>
        <source>R&amp;D %</source>
        <translation>研發佔比</translation>
    </message>
    <message>
        <source>Title valid through</source>
        <translation>稱號有效期至</translation>
    </message>
</context>
<context>
    <name>srdi::ui::ProfileEditor</name>
    <message>
        <source>another company in this database has this credit code</source>
        <translation>數據庫中已有其他企業使用該統一社會信用代碼</translation>
    </message>
    <message>
        <source>Apply what-if</source>
        <translation>應用模擬測算</translation>
    </message>
</context>
<context>
    <name>srdi::ui::RecordTable</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Tick when there is none; leave unticked while not yet known</source>
        <translation>確認沒有時請勾選；尚不清楚時請勿勾選</translation>
    </message>
    <message>
        <source>Add a row: %1</source>
        <translation>添加一行：%1</translation>
    </message>
    <message>
        <source>Remove the selected row: %1</source>
        <translation>刪除所選行：%1</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>無：%1</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第%2行：%3</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1：日曆</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— 未記錄 —</translation>
    </message>
</context>
<context>
    <name>srdi::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>Backups of %1 are kept in %2: one on the first start of each day, one before each upgrade of the database and one before each restore; the newest %3 are kept.</source>
        <translation>%1的備份保存在%2：每天首次啟動時、每次升級數據庫前以及每次恢復前各備份一次；保留最新的%3份。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企業數</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>Cannot be restored: %1</source>
        <translation>無法恢復：%1</translation>
    </message>
    <message>
        <source>From an earlier version; upgraded when restored</source>
        <translation>來自較早版本；恢復時將自動升級</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>暫無備份。</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (companies in it: %2)?</source>
        <translation>恢復%1的備份（其中有%2家企業）？</translation>
    </message>
    <message>
        <source>Every company and figure now in the database is replaced by the content of this backup. The current data is backed up first, so you can go back to it by restoring that backup.</source>
        <translation>數據庫中現有的全部企業和數據將被此備份的內容替換。當前數據會先行備份，如需回退可恢復該備份。</translation>
    </message>
    <message>
        <source>Replace current data</source>
        <translation>替換當前數據</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>已恢復%1的備份。</translation>
    </message>
    <message>
        <source>The data it replaced was backed up as %1.</source>
        <translation>被替換的數據已備份為%1。</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>無法打開數據庫</translation>
    </message>
    <message>
        <source>A backup of %1 is available (companies in it: %2). Restoring it replaces the file that could not be opened; that file is kept in the backups folder.</source>
        <translation>有%1的備份可用（其中有%2家企業）。恢復後將替換無法打開的文件；該文件會保留在備份文件夾中。</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>恢復%1的備份</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>不恢復</translation>
    </message>
    <message>
        <source>The file was last changed on %1, after this backup was taken: what was saved since then is not in the backup.</source>
        <translation>該文件最後一次更改於%1，晚於此備份：此後保存的內容不在備份中。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::SharedDatabaseDialog</name>
    <message>
        <source>Open shared database</source>
        <translation>打開共享數據庫</translation>
    </message>
    <message>
        <source>A portfolio the team shares lives in a PostgreSQL database on a server. Everyone who opens it sees the others&apos; changes within a second.</source>
        <translation>團隊共用的企業庫保存在服務器上的 PostgreSQL 數據庫中。打開它的每個人都能在一秒內看到其他人的修改。</translation>
    </message>
    <message>
        <source>(a new server)</source>
        <translation>（新的服務器）</translation>
    </message>
    <message>
        <source>server name or address, e.g. db.example.local</source>
        <translation>服務器名稱或地址，例如 db.example.local</translation>
    </message>
    <message>
        <source>The server&apos;s name or IP address, or a folder holding its Unix socket (/run/postgresql). Empty: libpq&apos;s default (PGHOST, else the local server).</source>
        <translation>服務器的名稱或 IP 地址，或存放其 Unix 套接字的文件夾（/run/postgresql）。留空：使用 libpq 的默認值（PGHOST，否則為本機服務器）。</translation>
    </message>
    <message>
        <source>The server&apos;s TCP port; PostgreSQL&apos;s usual one is 5432.</source>
        <translation>服務器的 TCP 端口；PostgreSQL 通常使用 5432。</translation>
    </message>
    <message>
        <source>The database the team keeps its portfolio in. An empty database is set up on first opening; a database holding another program&apos;s tables is refused, unchanged.</source>
        <translation>團隊存放企業庫的數據庫。空數據庫在首次打開時自動建好；存有其他程序數據表的數據庫會被拒絕，且不作改動。</translation>
    </message>
    <message>
        <source>Your user name on the server: the company histories name who changed what by it.</source>
        <translation>您在服務器上的用戶名：企業修改記錄以此標明誰改了什麼。</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近使用(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>數據庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用戶(&amp;U)：</translation>
    </message>
    <message>
        <source>The password is asked for when the server wants one and kept in memory until the program closes, never in a file. To be asked less often, keep it in a libpq password file (~/.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf).</source>
        <translation>服務器需要密碼時才會詢問，密碼只保存在內存中直至程序關閉，從不寫入文件。如不想每次輸入，可將其保存在 libpq 密碼文件中（~/.pgpass；Windows 下為 %APPDATA%\postgresql\pgpass.conf）。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>Servers opened before</source>
        <translation>以前打開過的服務器</translation>
    </message>
</context>
<context>
    <name>srdi::ui::StandingPanel</name>
    <message>
        <source>Rules:</source>
        <translation>評價標準：</translation>
    </message>
    <message>
        <source>In force on the assessment date</source>
        <translation>評價日期時有效的標準</translation>
    </message>
    <message>
        <source>2026 and 2022 side by side</source>
        <translation>2026年與2022年標準對照</translation>
    </message>
    <message>
        <source>What-if…</source>
        <translation>模擬測算…</translation>
    </message>
    <message>
        <source>Try figures without changing the saved data</source>
        <translation>試算數據，不改動已保存的數據</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>模擬測算</translation>
    </message>
    <message>
        <source>Move a slider or edit any field: the ladder follows, nothing is saved until you apply.</source>
        <translation>拖動滑塊或修改任一欄目，層級隨之變化；點擊“應用”前不會保存。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>應用</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放棄</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>差距清單</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>The trend appears once two or more fiscal years are entered.</source>
        <translation>錄入兩個及以上會計年度的數據後顯示趨勢。</translation>
    </message>
    <message>
        <source>Score %1 / line %2</source>
        <translation>得分 %1 / 達標線 %2</translation>
    </message>
    <message>
        <source>By a direct route</source>
        <translation>通過直通條件</translation>
    </message>
    <message>
        <source>%1 of %2 conditions met</source>
        <translation>已滿足 %1/%2 項條件</translation>
    </message>
    <message>
        <source>Title held until %1</source>
        <translation>已獲稱號，有效期至%1</translation>
    </message>
    <message>
        <source>Assessment year %1 · %2 · %3</source>
        <translation>評價年度：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — to be confirmed by the authority</source>
        <translation>%1 — 需由主管部門確認</translation>
    </message>
    <message>
        <source>%1 — enter: %2</source>
        <translation>%1 — 請填寫：%2</translation>
    </message>
    <message>
        <source>Nothing left to do: every tier is reached with full marks.</source>
        <translation>各層級均已達到且滿分，無需補足。</translation>
    </message>
    <message>
        <source>No company selected. Add one with Ctrl+N or import a profile.</source>
        <translation>未選擇企業。按Ctrl+N新建，或導入企業檔案。</translation>
    </message>
    <message>
        <source>R&amp;D expense / operating revenue</source>
        <translation>研發費用佔營業收入比重</translation>
    </message>
    <message>
        <source>Main business revenue growth</source>
        <translation>主營業務收入增長率</translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation>淨利潤率</translation>
    </message>
    <message>
        <source>Debt ratio (liabilities / assets)</source>
        <translation>資產負債率（負債總額/資產總額）</translation>
    </message>
    <message>
        <source>Score of %1 by assessment year</source>
        <translation>各評價年度%1得分</translation>
    </message>
    <message>
        <source>+%1 points: %2</source>
        <translation>+%1分：%2</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>獎勵政策</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Correct the figures flagged in the form</source>
        <translation>請更正表單中標出的數據</translation>
    </message>
    <message>
        <source>%1 — data inconsistent, correct: %2</source>
        <translation>%1 — 數據矛盾，請更正：%2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>A what-if control: a figure (%1) of a fiscal year (%2); in Chinese 2025年研发费用.</extracomment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>%1, exact value</source>
        <translation>%1，精確值</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>標準：%1</translation>
    </message>
    <message>
        <source>Title lapsed (valid through %1)</source>
        <translation>稱號已失效（有效期至%1）</translation>
    </message>
    <message numerus="yes">
        <source>Title held through %1; %n day(s) left</source>
        <translation>
            <numerusform>已獲稱號，有效期至%1，還剩%n天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srdi::ui::SummaryRefresh</name>
    <message numerus="yes">
        <source>Bringing the standings of %n company(ies) up to date…</source>
        <translation>
            <numerusform>正在更新%n家企業的評價結果…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srdi::ui::TrendChart</name>
    <message>
        <source>Trend over the fiscal years</source>
        <translation>各年度趨勢</translation>
    </message>
</context>
<context>
    <name>srdi::ui::TriStateCombo</name>
    <message>
        <source>— not answered —</source>
        <translation>— 未作答 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>srdi::ui::WorkInBackground</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
</TS>
