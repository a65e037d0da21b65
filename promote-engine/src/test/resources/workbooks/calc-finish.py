# What soffice --convert-to cannot do, done through Calc's UNO API in a running headless
# LibreOffice: save a workbook with a password to open it (Calc 7.4 encrypts only the Excel
# 97-2003 format from here; for .xlsx the password is ignored). Called by make-fixtures.sh with
# /usr/bin/python3, whose path holds Debian's python3-uno.
#   calc-finish.py IN.xlsx PROTECTED.xls
import sys
import time
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for attempt in range(60):
    try:
        ctx = resolver.resolve("uno:pipe,name=promote-fixtures;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
else:
    sys.exit("LibreOffice did not start")
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(sys.argv[1]), "_blank", 0, (prop("Hidden", True),))
doc.storeToURL(uno.systemPathToFileUrl(sys.argv[2]), (prop("FilterName", "MS Excel 97"), prop("Password", "secret")))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
