"""Headless subcommands of ``cmq-desktop``, one module each.

Convention: a module ``cmq_desktop/commands/<name>.py`` defines

- ``add_parser(subparsers) -> None``: adds its French parser with
  ``subparsers.add_parser("<name>", help=..., description=...)`` and calls
  ``set_defaults(run=run)``;
- ``run(args: argparse.Namespace) -> int``: does the work, returns the exit code.

then one line in ``cmq_desktop.cli.commands()`` lists it. Import Qt (and anything heavy)
inside ``run`` only: ``--help`` imports every command module.
"""
