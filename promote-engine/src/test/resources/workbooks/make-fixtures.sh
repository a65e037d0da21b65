#!/bin/sh
# Regenerates the workbooks the tests read, written by a real spreadsheet program: LibreOffice
# Calc, headless (Debian: apt-get install libreoffice-calc-nogui python3-uno). Each workbook is
# described below as a flat OpenDocument spreadsheet (.fods) and converted by soffice.
#   sh promote-engine/src/test/resources/workbooks/make-fixtures.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

head() { # $1: null date of the date system
cat <<FODS
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="us-date">
   <number:month number:style="long"/><number:text>/</number:text><number:day number:style="long"/>
   <number:text>/</number:text><number:year number:style="long"/>
  </number:date-style>
  <number:date-style style:name="day-month-name">
   <number:day/><number:text> </number:text><number:month number:textual="true"/>
   <number:text> </number:text><number:year number:style="long"/>
  </number:date-style>
  <number:boolean-style style:name="yes-no"><number:boolean/></number:boolean-style>
  <style:style style:name="bool" style:family="table-cell" style:data-style-name="yes-no"/>
  <style:style style:name="us" style:family="table-cell" style:data-style-name="us-date"/>
  <style:style style:name="named" style:family="table-cell" style:data-style-name="day-month-name"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:calculation-settings><table:null-date table:date-value="$1"/></table:calculation-settings>
FODS
}
tail() { echo ' </office:spreadsheet></office:body></office:document>'; }
s() { printf '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' "$1"; }
n() { printf '<table:table-cell office:value-type="float" office:value="%s"/>' "$1"; }
d() { printf '<table:table-cell table:style-name="%s" office:value-type="date" office:date-value="%s"/>' "$1" "$2"; }
b() { printf '<table:table-cell table:style-name="bool" office:value-type="boolean" office:boolean-value="%s"/>' "$1"; }
f() { printf '<table:table-cell table:formula="of:%s"/>' "$1"; }
e() { printf '<table:table-cell/>'; }
row() { printf '<table:table-row>%s</table:table-row>\n' "$*"; }

# cells.xlsx: the sheet that is read (a blank row above its header, blank rows between and
# after its rows), then a second sheet that must be ignored.
{
head 1899-12-30
echo '<table:table table:name="Leads">'
row "$(e)"
row "$(s email)$(s first_name)$(s last_name)$(s phone)$(s company_name)$(s 'Key Fob')$(s Joined)$(s 'Billing Start Date')$(s 'Monthly Bill Date')$(s 'Member No')$(s Active)$(s Score)$(s Greeting)"
row "$(s ada@x.org)$(s Ada)$(s Lovelace)$(s '+1 555 0100')$(s "=cmd|' /C calc'!A0")$(s 08123)$(d us 2026-06-20)$(d named 2026-06-20)$(n 5)$(n 2095257564)$(b true)$(n 12.5)$(f '&quot;Hi &quot;&amp;[.B3]')"
row "$(e)"
row "$(s bob@x.org)$(s Bob)$(s Byte)$(n 5550199)$(s 'Engines Ltd')$(n 42)$(s 2026-01-02)$(s 06/20/2026)$(f '2+3')$(n 1234567890123)$(b false)$(f '0.1+0.2')$(f '&quot;00&quot;&amp;&quot;7&quot;')"
row "$(s cy@x.org)$(s Cy)$(s Clock)$(e)$(e)$(f 'NA()')$(e)$(e)$(e)$(e)$(e)$(f '1/0')$(e)"
row "$(e)"
row "$(e)"
echo '</table:table><table:table table:name="Other">'
row "$(s email)"; row "$(s zed@x.org)"
echo '</table:table>'
tail
} > "$work/cells.fods"

# dates-1904.xlsx: the 1904 date system older Mac spreadsheets use: a date cell is still that date.
{
head 1904-01-01
echo '<table:table table:name="Leads">'
row "$(s email)$(s Joined)"
row "$(s ada@x.org)$(d us 2026-06-20)"
echo '</table:table>'
tail
} > "$work/dates-1904.fods"

cd "$work"
soffice $profile --headless --convert-to xlsx cells.fods dates-1904.fods >/dev/null
soffice $profile --headless --convert-to xls cells.fods >/dev/null
soffice $profile --headless --convert-to ods cells.fods >/dev/null
# Calc itself saves a password-protected copy, through its UNO API (the script ends that
# LibreOffice when it is done).
soffice $profile --headless --invisible --accept="pipe,name=promote-fixtures;urp;" >/dev/null 2>&1 &
/usr/bin/python3 "$here/calc-finish.py" "$work/cells.xlsx" "$work/protected.xls"
cp cells.xlsx dates-1904.xlsx cells.xls cells.ods protected.xls "$here/"
ls -l "$here"
