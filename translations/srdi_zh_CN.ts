<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>SRDI Self-Assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::Catalogs</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice (first at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a province code (six digits ending in 0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a prefecture-level code (six digits ending in 00, not 0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with %2 like its province %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section code (one capital letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a division code (section letter and two digits, like C34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with its section letter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group code (division and one digit, like K701)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with its division %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::Database</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its permissions cannot be restricted to the current user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this program (schema version %2; this version knows up to %3). It was left unchanged; update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be brought to schema version %2: this version of the program knows up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of the database %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this program (schema version %2; this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no migration step is defined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::FieldHelp</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: expected &quot;srdi-field-help/1&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.unit: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.unit: &quot;%2&quot; is not one of: %3 or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source: the document the definition comes from is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object of en, zh_CN, zh_TW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: unknown language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.en: missing (English is the last fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ProfileJson</name>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 4 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not exceed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies in the future (after %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may use only digits and the capitals A-Y without I, O, S, V and Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong check character (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a six-digit GB/T 2260 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a GB/T 4754 section letter A-T and a 2- or 3-digit division, like C34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year is listed twice (also years[%1])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ProfileStore</name>
    <message>
        <source>there is no company with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new company got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the list of companies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the companies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read company %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the company “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete company %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::cli::Cli</name>
    <message>
        <source>SRDI Self-Assessment: where a company stands on the ladder of quality SMEs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the assessment of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack: 2026 or 2022 (default: the one in force on the assessment date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: zh_CN, zh_TW or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update the company in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a company&apos;s profile (its id or exact name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: the per-user data location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang = %1: must be zh_CN, zh_TW or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules = %1: no such rule pack (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule pack could be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format = %1: must be json or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added company %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated company %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export = %1: no company with that id or exact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do: see --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::rules::AssessmentText</name>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment year: %1, date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest tier met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(score %1 of %2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Most points for the least change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::rules::ExprParser</name>
    <message>
        <source>not an exact decimal number with at most four decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 does not fit a figure that is not a ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 does not fit a figure that is not money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money needs the unit %1 and a ratio the unit %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a figure must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly two figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown numeric field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yearly figure needs &quot;year&quot;: an offset from -1 to -10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixes figures of different kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;prev_year_end&quot; or &quot;assessment_date&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;max&quot; or &quot;latest&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown number &apos;%1&apos; in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has no &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a list of accepted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;%1&quot; or &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known kind of figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown comparison &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to the number of tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; for this test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a known kind of test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::rules::Fields</name>
    <message>
        <source>operating revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main business revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total costs and expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total liabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>science and technology staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified equity financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high-value Class I IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-developed Class I IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class I IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class II IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class I IP in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digitalisation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national niche market share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international niche market share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank in the national niche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provincial feature score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the abnormal-operation or dishonesty lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no banned, restricted or obsolete products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no major accident or tax evasion in three years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own or joint R&amp;D institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core business on an information system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality management system certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part in drafting standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management-system or developed-market product certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niche market position near the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key link of an industry chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal of a held title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level of the R&amp;D institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D indicator filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field of the main product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start in the niche market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titles granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>science and technology awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker China results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standards led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRDI development score (national platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field label, then fiscal year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::rules::Format</name>
    <message>
        <source>CNY %1</source>
        <comment>money in yuan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2–%3 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 more needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reduce by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more year(s) needed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>needs to reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs official confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size not determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures that decide the SME size (industry, employees, revenue, assets)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::rules::RulePackLoader</name>
    <message>
        <source>needs a name in &quot;en&quot; and &quot;zh_CN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;manual_review&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last band may go without &quot;if&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last band must have no &quot;if&quot;: it catches everything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 0 to the indicator&apos;s maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a choice field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs exactly one of &quot;bands&quot;, &quot;points_from&quot;, &quot;alternatives&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indicators of category &apos;%1&apos; add up to %2, not its maximum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is above the highest possible score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;srdi-rules/1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiers must be innovative, specialized, little_giant in that order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct routes stand in for a score; this route has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the three tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::rules::SmeSizeTable</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups: exactly one group must have no codes (the other industries)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ui::CheckList</name>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ui::ChoiceCombo</name>
    <message>
        <source>— not entered —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ui::CompanyForm</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the last valid value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number with at most four decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— whole province —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a division —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— whole division —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every figure of %1? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niche market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market position of the main product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refined management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local distinctive indicator (2022 rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual property related to the main product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honours, awards and standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles held and national evaluation scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges (common conditions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from the audited statements of each fiscal year. Money in 10,000 yuan (万元) — type 8600 or 8,600.5; people at year end. Leave a cell empty when it is not known. The grey rows are worked out as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an earlier year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ui::FiscalYearsModel</name>
    <message>
        <source>Worked out from the figures above; read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D expense / operating revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main business / operating revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt ratio (liabilities / assets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main business revenue growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an amount in %1 with at most four decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ui::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or credit code (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected company, without its credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected company (undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRDI Self-Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — SRDI Self-Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company selected. Add one with Ctrl+N or import a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment year %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and all its figures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRDI profiles (*.srdi.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRDI profiles (*.srdi.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SRDI Self-Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SRDI Self-Assessment %1&lt;/h3&gt;&lt;p&gt;Where a company stands on the ladder of quality SMEs, and what it takes to climb it.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ui::ProfileEditor</name>
    <message>
        <source>another company in this database has this credit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ui::RecordTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when there is none; leave unticked while not yet known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srdi::ui::TriStateCombo</name>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
