"""argparse for scopewalk, with CPython 3.13's parsing, help text and errors.

ArgumentParser (prog, usage, description, epilog, parents, formatter_class,
prefix_chars, argument_default, conflict_handler, add_help, allow_abbrev,
exit_on_error), add_argument (positionals and options; actions store,
store_const, store_true, store_false, append, append_const, extend, count,
help, version, BooleanOptionalAction; nargs None/?/*/+/N/REMAINDER; type,
choices, default, required, dest, metavar, help with %(default)s),
argument groups, mutually exclusive groups, subparsers, parse_args,
parse_known_args, Namespace, error()/exit(), the help formatters (_help.py).
scopewalk sets sys.argv = [PROG], so parse_args() sees no arguments.

Leaves out: fromfile_prefix_chars (no file access), FileType opening files
(scopewalk's open() is refused), parse_intermixed_args, translations.
"""

import sys as _sys
import re as _re

from ._help import (HelpFormatter, RawDescriptionHelpFormatter,
                    RawTextHelpFormatter, ArgumentDefaultsHelpFormatter,
                    MetavarTypeHelpFormatter, SUPPRESS, OPTIONAL, ZERO_OR_MORE,
                    ONE_OR_MORE, PARSER, REMAINDER)
from ._actions import (Action, _StoreAction, _StoreConstAction,
                       _StoreTrueAction, _StoreFalseAction, _AppendAction,
                       _AppendConstAction, _CountAction, _HelpAction,
                       _VersionAction, _ExtendAction, BooleanOptionalAction,
                       _SubParsersAction, Namespace, _AttributeHolder,
                       ArgumentError, ArgumentTypeError, FileType,
                       _get_action_name, _UNRECOGNIZED_ARGS_ATTR, _copy_items)
from ._container import _ActionsContainer, _ArgumentGroup, _MutuallyExclusiveGroup

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
           'BooleanOptionalAction', 'FileType', 'HelpFormatter',
           'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
           'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

for _cls in (HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
             ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter, Action,
             _StoreAction, _StoreConstAction, _StoreTrueAction, _StoreFalseAction,
             _AppendAction, _AppendConstAction, _CountAction, _HelpAction,
             _VersionAction, _ExtendAction, BooleanOptionalAction,
             _SubParsersAction, Namespace, _AttributeHolder, ArgumentError,
             ArgumentTypeError, FileType, _ActionsContainer, _ArgumentGroup,
             _MutuallyExclusiveGroup):
    _cls.__module__ = 'argparse'
del _cls


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            import os
            prog = os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        add_group = self.add_argument_group
        self._positionals = add_group('positional arguments')
        self._optionals = add_group('options')
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        if self.add_help:
            default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            if not isinstance(parent, _ActionsContainer):
                raise TypeError('parents must be a list of ArgumentParser')
            self._add_container_actions(parent)
            defaults = parent._defaults
            for k in defaults:
                self._defaults[k] = defaults[k]

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ArgumentError(None, 'cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = self._get_positional_actions()
            groups = self._mutually_exclusive_groups
            formatter.add_usage(self.usage, positionals, groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            msg = 'unrecognized arguments: %s' % ' '.join(argv)
            if self.exit_on_error:
                self.error(msg)
            else:
                raise ArgumentError(None, msg)
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    if action.default is not SUPPRESS:
                        setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        from ._parse import parse_known
        return parse_known(self, arg_strings, namespace)

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _get_values(self, action, arg_strings):
        from ._parse import get_values
        return get_values(self, action, arg_strings)

    def _get_value(self, action, arg_string):
        from ._parse import get_value
        return get_value(self, action, arg_string)

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value,
                    'choices': ', '.join(map(repr, action.choices))}
            msg = 'invalid choice: %(value)r (choose from %(choices)s)'
            raise ArgumentError(action, msg % args)

    # help

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for action_group in self._action_groups:
            formatter.start_section(action_group.title)
            formatter.add_text(action_group.description)
            formatter.add_arguments(action_group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and "PROG: error: MESSAGE" on stderr, exits with 2."""
        self.print_usage(_sys.stderr)
        args = {'prog': self.prog, 'message': message}
        self.exit(2, '%(prog)s: error: %(message)s\n' % args)

    def _warning(self, message):
        args = {'prog': self.prog, 'message': message}
        self._print_message('%(prog)s: warning: %(message)s\n' % args, _sys.stderr)
