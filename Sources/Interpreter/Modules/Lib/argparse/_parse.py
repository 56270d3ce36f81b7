"""argparse's parsing of an argument list (scopewalk's own, following CPython
3.13's algorithm: each string is classified as an option 'O', an argument
'A' or '--' '-', and regular expressions over that pattern decide how many
strings each action takes)."""

import re as _re

from ._help import SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER
from ._actions import ArgumentError, ArgumentTypeError, _get_action_name


def parse_known(parser, arg_strings, namespace):
    action_conflicts = {}
    for mutex_group in parser._mutually_exclusive_groups:
        group_actions = mutex_group._group_actions
        for i, mutex_action in enumerate(mutex_group._group_actions):
            conflicts = action_conflicts.setdefault(mutex_action, [])
            conflicts.extend(group_actions[:i])
            conflicts.extend(group_actions[i + 1:])

    option_string_indices = {}
    arg_string_pattern_parts = []
    arg_strings_iter = iter(arg_strings)
    for i, arg_string in enumerate(arg_strings_iter):
        if arg_string == '--':
            arg_string_pattern_parts.append('-')
            for arg_string in arg_strings_iter:
                arg_string_pattern_parts.append('A')
        else:
            option_tuples = _parse_optional(parser, arg_string)
            if option_tuples is None:
                pattern = 'A'
            else:
                option_string_indices[i] = option_tuples
                pattern = 'O'
            arg_string_pattern_parts.append(pattern)
    arg_strings_pattern = ''.join(arg_string_pattern_parts)

    seen_actions = set()
    seen_non_default_actions = set()
    extras = []
    warned = set()

    def take_action(action, argument_strings, option_string=None):
        seen_actions.add(action)
        argument_values = parser._get_values(action, argument_strings)
        if argument_values is not action.default:
            seen_non_default_actions.add(action)
            for conflict_action in action_conflicts.get(action, []):
                if conflict_action in seen_non_default_actions:
                    msg = 'not allowed with argument %s'
                    action_name = _get_action_name(conflict_action)
                    raise ArgumentError(action, msg % action_name)
        if argument_values is not SUPPRESS:
            action(parser, namespace, argument_values, option_string)

    def consume_optional(start_index):
        option_tuples = option_string_indices[start_index]
        if len(option_tuples) > 1:
            options = ', '.join([option_string for action, option_string, sep, explicit_arg in option_tuples])
            args = {'option': arg_strings[start_index], 'matches': options}
            msg = 'ambiguous option: %(option)s could match %(matches)s'
            raise ArgumentError(None, msg % args)
        action, option_string, sep, explicit_arg = option_tuples[0]
        action_tuples = []
        while True:
            if action is None:
                extras.append(arg_strings[start_index])
                return start_index + 1
            if explicit_arg is not None:
                arg_count = _match_argument(action, 'A')
                chars = parser.prefix_chars
                if (arg_count == 0 and option_string[1] not in chars and explicit_arg != ''):
                    if sep or explicit_arg[0] in chars:
                        msg = 'ignored explicit argument %r'
                        raise ArgumentError(action, msg % explicit_arg)
                    action_tuples.append((action, [], option_string))
                    char = option_string[0]
                    option_string = char + explicit_arg[0]
                    optionals_map = parser._option_string_actions
                    if option_string in optionals_map:
                        action = optionals_map[option_string]
                        explicit_arg = explicit_arg[1:]
                        if not explicit_arg:
                            sep = explicit_arg = None
                        elif explicit_arg[0] == '=':
                            sep = '='
                            explicit_arg = explicit_arg[1:]
                        else:
                            sep = ''
                    else:
                        extras.append(char + explicit_arg)
                        stop = start_index + 1
                        break
                elif arg_count == 1:
                    stop = start_index + 1
                    args = [explicit_arg]
                    action_tuples.append((action, args, option_string))
                    break
                else:
                    msg = 'ignored explicit argument %r'
                    raise ArgumentError(action, msg % explicit_arg)
            else:
                start = start_index + 1
                selected_patterns = arg_strings_pattern[start:]
                arg_count = _match_argument(action, selected_patterns)
                stop = start + arg_count
                args = arg_strings[start:stop]
                action_tuples.append((action, args, option_string))
                break
        for action, args, option_string in action_tuples:
            if action.deprecated and option_string not in warned:
                parser._warning("option '%(option)s' is deprecated" % {'option': option_string})
                warned.add(option_string)
            take_action(action, args, option_string)
        return stop

    positionals = parser._get_positional_actions()

    def consume_positionals(start_index):
        selected_pattern = arg_strings_pattern[start_index:]
        arg_counts = _match_arguments_partial(positionals, selected_pattern)
        for action, arg_count in zip(positionals, arg_counts):
            args = arg_strings[start_index: start_index + arg_count]
            if action.nargs == PARSER:
                if arg_strings_pattern[start_index] == '-':
                    args.remove('--')
            elif action.nargs != REMAINDER:
                if arg_strings_pattern.find('-', start_index, start_index + arg_count) >= 0:
                    args.remove('--')
            start_index += arg_count
            if args and action.deprecated and action.dest not in warned:
                parser._warning("argument '%(argument_name)s' is deprecated" % {'argument_name': action.dest})
                warned.add(action.dest)
            take_action(action, args)
        positionals[:] = positionals[len(arg_counts):]
        return start_index

    extras = []
    start_index = 0
    if option_string_indices:
        max_option_string_index = max(option_string_indices)
    else:
        max_option_string_index = -1
    while start_index <= max_option_string_index:
        next_option_string_index = start_index
        while next_option_string_index <= max_option_string_index:
            if next_option_string_index in option_string_indices:
                break
            next_option_string_index += 1
        if start_index != next_option_string_index:
            positionals_end_index = consume_positionals(start_index)
            if positionals_end_index > start_index:
                start_index = positionals_end_index
                continue
            else:
                start_index = positionals_end_index
        if start_index not in option_string_indices:
            strings = arg_strings[start_index:next_option_string_index]
            extras.extend(strings)
            start_index = next_option_string_index
        start_index = consume_optional(start_index)

    stop_index = consume_positionals(start_index)
    extras.extend(arg_strings[stop_index:])

    required_actions = []
    for action in parser._actions:
        if action not in seen_actions:
            if action.required:
                required_actions.append(_get_action_name(action))
            else:
                if (action.default is not None and isinstance(action.default, str)
                        and hasattr(namespace, action.dest)
                        and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, parser._get_value(action, action.default))
    if required_actions:
        raise ArgumentError(None, 'the following arguments are required: %s' %
                            ', '.join(required_actions))
    for group in parser._mutually_exclusive_groups:
        if group.required:
            for action in group._group_actions:
                if action in seen_non_default_actions:
                    break
            else:
                names = [_get_action_name(action)
                         for action in group._group_actions
                         if action.help is not SUPPRESS]
                msg = 'one of the arguments %s is required'
                raise ArgumentError(None, msg % ' '.join(names))
    return namespace, extras


def _match_argument(action, arg_strings_pattern):
    nargs_pattern = _get_nargs_pattern(action)
    match = _re.match(nargs_pattern, arg_strings_pattern)
    if match is None:
        nargs_errors = {
            None: 'expected one argument',
            OPTIONAL: 'expected at most one argument',
            ONE_OR_MORE: 'expected at least one argument',
        }
        msg = nargs_errors.get(action.nargs)
        if msg is None:
            if action.nargs == 1:
                msg = 'expected %s argument' % action.nargs
            else:
                msg = 'expected %s arguments' % action.nargs
        raise ArgumentError(action, msg)
    return len(match.group(1))


def _match_arguments_partial(actions, arg_strings_pattern):
    result = []
    for i in range(len(actions), 0, -1):
        actions_slice = actions[:i]
        pattern = ''.join([_get_nargs_pattern(action) for action in actions_slice])
        match = _re.match(pattern, arg_strings_pattern)
        if match is not None:
            result.extend([len(string) for string in match.groups()])
            break
    return result


def _get_nargs_pattern(action):
    nargs = action.nargs
    if nargs is None:
        nargs_pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        nargs_pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        nargs_pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        nargs_pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        nargs_pattern = '([AO]*)' if action.option_strings else '(.*)'
    elif nargs == PARSER:
        nargs_pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        nargs_pattern = '()' if action.option_strings else '(-*)'
    else:
        nargs_pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        nargs_pattern = nargs_pattern.replace('-*', '')
        nargs_pattern = nargs_pattern.replace('-', '')
    return nargs_pattern


def _parse_optional(parser, arg_string):
    if not arg_string:
        return None
    if not arg_string[0] in parser.prefix_chars:
        return None
    if arg_string in parser._option_string_actions:
        action = parser._option_string_actions[arg_string]
        return [(action, arg_string, None, None)]
    if len(arg_string) == 1:
        return None
    if '=' in arg_string:
        option_string, sep, explicit_arg = arg_string.partition('=')
        if option_string in parser._option_string_actions:
            action = parser._option_string_actions[option_string]
            return [(action, option_string, sep, explicit_arg)]
    option_tuples = _get_option_tuples(parser, arg_string)
    if len(option_tuples) > 1:
        options = ', '.join([option_string for action, option_string, sep, explicit_arg in option_tuples])
        args = {'option': arg_string, 'matches': options}
        msg = 'ambiguous option: %(option)s could match %(matches)s'
        raise ArgumentError(None, msg % args)
    elif len(option_tuples) == 1:
        return option_tuples
    if parser._negative_number_matcher.match(arg_string):
        if not parser._has_negative_number_optionals:
            return None
    if ' ' in arg_string:
        return None
    return [(None, arg_string, None, None)]


def _get_option_tuples(parser, option_string):
    result = []
    chars = parser.prefix_chars
    if option_string[0] in chars and option_string[1] in chars:
        if parser.allow_abbrev:
            option_prefix, sep, explicit_arg = option_string.partition('=')
            if not sep:
                sep = explicit_arg = None
            for option_string in parser._option_string_actions:
                if option_string.startswith(option_prefix):
                    action = parser._option_string_actions[option_string]
                    result.append((action, option_string, sep, explicit_arg))
    elif option_string[0] in chars and option_string[1] not in chars:
        option_prefix, sep, explicit_arg = option_string.partition('=')
        if not sep:
            sep = explicit_arg = None
        short_option_prefix = option_string[:2]
        short_explicit_arg = option_string[2:]
        for option_string in parser._option_string_actions:
            if option_string == short_option_prefix:
                action = parser._option_string_actions[option_string]
                result.append((action, option_string, '', short_explicit_arg))
            elif parser.allow_abbrev and option_string.startswith(option_prefix):
                action = parser._option_string_actions[option_string]
                result.append((action, option_string, sep, explicit_arg))
    else:
        raise ArgumentError(None, 'unexpected option string: %s' % option_string)
    return result


def get_values(parser, action, arg_strings):
    if not arg_strings and action.nargs == OPTIONAL:
        if action.option_strings:
            value = action.const
        else:
            value = action.default
        if isinstance(value, str) and value is not SUPPRESS:
            value = parser._get_value(action, value)
    elif (not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings):
        if action.default is not None:
            value = action.default
        else:
            value = arg_strings
    elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
        arg_string, = arg_strings
        value = parser._get_value(action, arg_string)
        parser._check_value(action, value)
    elif action.nargs == REMAINDER:
        value = [parser._get_value(action, v) for v in arg_strings]
    elif action.nargs == PARSER:
        value = [parser._get_value(action, v) for v in arg_strings]
        parser._check_value(action, value[0])
    elif action.nargs == SUPPRESS:
        value = SUPPRESS
    else:
        value = [parser._get_value(action, v) for v in arg_strings]
        for v in value:
            parser._check_value(action, v)
    return value


def get_value(parser, action, arg_string):
    type_func = parser._registry_get('type', action.type, action.type)
    if not callable(type_func):
        msg = '%r is not callable'
        raise ArgumentError(action, msg % type_func)
    try:
        result = type_func(arg_string)
    except ArgumentTypeError as err:
        msg = str(err)
        raise ArgumentError(action, msg)
    except (TypeError, ValueError):
        name = getattr(action.type, '__name__', repr(action.type))
        args = {'type': name, 'value': arg_string}
        msg = 'invalid %(type)s value: %(value)r'
        raise ArgumentError(action, msg % args)
    return result
