package dev.nines.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Shell completion scripts for zsh and fish, written from the command model (the commands, their
 * options and what their arguments are), so they cannot fall behind the commands. Picocli's
 * {@code AutoComplete} writes the bash one. Commands are completed one level deep: nines has no
 * deeper ones.
 */
final class CompletionScripts {

  private CompletionScripts() {}

  /** A zsh completion function; works from a directory on {@code $fpath} or sourced. */
  static String zsh(CommandLine root) {
    String name = root.getCommandName();
    StringBuilder s = new StringBuilder();
    s.append("#compdef ").append(name).append('\n');
    s.append("# zsh completion for ").append(name).append(", written by '").append(name)
        .append(" completion zsh'.\n\n");
    s.append("_").append(name).append("() {\n");
    s.append("  local -a commands\n  commands=(\n");
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      s.append("    ").append(zshQuote(sub.getKey() + ":" + summary(sub.getValue().getCommandSpec())
          .replace(":", "\\:"))).append('\n');
    }
    s.append("  )\n");
    s.append("  if (( CURRENT == 2 )); then\n");
    s.append("    if [[ $words[CURRENT] == -* ]]; then\n");
    s.append("      _arguments");
    zshOptions(s, root.getCommandSpec());
    s.append("\n    else\n");
    s.append("      _describe -t commands '").append(name).append(" command' commands\n");
    s.append("    fi\n    return\n  fi\n");
    s.append("  local command=$words[2]\n");
    s.append("  shift words\n  (( CURRENT-- ))\n");
    s.append("  case $command in\n");
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      CommandSpec spec = sub.getValue().getCommandSpec();
      s.append("    ").append(sub.getKey()).append(")\n      _arguments -s");
      zshOptions(s, spec);
      for (PositionalParamSpec p : spec.positionalParameters()) {
        String repeat = p.arity().max() > 1 ? "*" : "";
        s.append(" \\\n        ").append(zshQuote(repeat + ":" + p.paramLabel() + ":"
            + zshAction(p)));
      }
      s.append("\n      ;;\n");
    }
    s.append("  esac\n}\n\n");
    s.append("if [[ $funcstack[1] == _").append(name).append(" ]]; then\n");
    s.append("  _").append(name).append(" \"$@\"\nelse\n");
    s.append("  compdef _").append(name).append(' ').append(name).append("\nfi\n");
    return s.toString();
  }

  private static void zshOptions(StringBuilder s, CommandSpec spec) {
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      String help = "[" + description(o).replace("[", "\\[").replace("]", "\\]") + "]";
      String value = o.arity().max() > 0 ? ":" + o.paramLabel() + ":" + zshAction(o) : "";
      for (String optionName : o.names()) {
        s.append(" \\\n        ").append(zshQuote(optionName + help + value));
      }
    }
  }

  /** What zsh offers for an argument's value: files, the listed values, or nothing. */
  private static String zshAction(ArgSpec arg) {
    if (isFile(arg)) {
      return "_files";
    }
    List<String> candidates = candidates(arg);
    return candidates.isEmpty() ? " " : "(" + String.join(" ", candidates) + ")";
  }

  /** A fish completion file, for {@code ~/.config/fish/completions/}. */
  static String fish(CommandLine root) {
    String name = root.getCommandName();
    StringBuilder s = new StringBuilder();
    s.append("# fish completion for ").append(name).append(", written by '").append(name)
        .append(" completion fish'.\n");
    s.append("complete -c ").append(name).append(" -f\n");
    String top = "__fish_use_subcommand";
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      s.append("complete -c ").append(name).append(" -n ").append(top).append(" -a ")
          .append(fishQuote(sub.getKey())).append(" -d ")
          .append(fishQuote(summary(sub.getValue().getCommandSpec()))).append('\n');
    }
    fishOptions(s, name, top, root.getCommandSpec());
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      String when = fishQuote("__fish_seen_subcommand_from " + sub.getKey());
      CommandSpec spec = sub.getValue().getCommandSpec();
      fishOptions(s, name, when, spec);
      for (PositionalParamSpec p : spec.positionalParameters()) {
        s.append("complete -c ").append(name).append(" -n ").append(when);
        List<String> candidates = candidates(p);
        if (isFile(p)) {
          s.append(" -F");
        } else if (!candidates.isEmpty()) {
          s.append(" -a ").append(fishQuote(String.join(" ", candidates)));
        } else {
          continue;
        }
        s.append('\n');
      }
    }
    return s.toString();
  }

  private static void fishOptions(StringBuilder s, String name, String when, CommandSpec spec) {
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      s.append("complete -c ").append(name).append(" -n ").append(when);
      for (String optionName : o.names()) {
        if (optionName.startsWith("--")) {
          s.append(" -l ").append(optionName.substring(2));
        } else if (optionName.length() == 2) {
          s.append(" -s ").append(optionName.substring(1));
        } else {
          s.append(" -o ").append(optionName.substring(1));
        }
      }
      if (o.arity().max() > 0) {
        s.append(" -r");
        List<String> candidates = candidates(o);
        if (isFile(o)) {
          s.append(" -F");
        } else if (!candidates.isEmpty()) {
          s.append(" -a ").append(fishQuote(String.join(" ", candidates)));
        }
      }
      s.append(" -d ").append(fishQuote(description(o))).append('\n');
    }
  }

  private static boolean isFile(ArgSpec arg) {
    Class<?> type = arg.typeInfo().getType();
    Class<?> element = arg.typeInfo().getAuxiliaryTypes().length > 0
        ? arg.typeInfo().getAuxiliaryTypes()[0] : type;
    return type == Path.class || type == File.class || element == Path.class
        || element == File.class;
  }

  private static List<String> candidates(ArgSpec arg) {
    List<String> list = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(list::add);
    }
    return list;
  }

  /** A command's one-sentence summary, as {@code nines --help} lists it: header, or description. */
  static String summary(CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    String[] description = header.length > 0 ? header : spec.usageMessage().description();
    return description.length == 0 ? "" : plain(description[0]);
  }

  /** An option's first description line, with its default value filled in. */
  private static String description(OptionSpec o) {
    String[] description = o.description();
    String first = description.length == 0 ? "" : description[0];
    return plain(first.replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValueString())));
  }

  /** Picocli's format text as plain text: no %n or %%, one line. */
  private static String plain(String text) {
    return text.replace("%n", " ").replace("%%", "%").replace('\n', ' ').strip();
  }

  private static String zshQuote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static String fishQuote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
