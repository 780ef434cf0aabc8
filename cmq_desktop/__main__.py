import sys

from cmq_desktop.cli import main

sys.exit(main())
