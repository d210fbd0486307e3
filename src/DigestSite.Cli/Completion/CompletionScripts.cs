using System.Text;

namespace DigestSite.Cli.Completion;

/// <summary>
/// Completion scripts for bash, zsh and fish. They complete command names after <c>digestsite</c> (and after
/// <c>new</c>, <c>help</c>), a command's options after a dash, and file names everywhere else.
/// </summary>
public static class CompletionScripts
{
    public static string Bash(CommandTree root)
    {
        var s = new StringBuilder();
        s.AppendLine("# bash completion for digestsite (digestsite completion bash)");
        s.AppendLine("_digestsite() {");
        s.AppendLine("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" path=\"\" word i");
        s.AppendLine("  for ((i = 1; i < COMP_CWORD; i++)); do");
        s.AppendLine("    word=\"${COMP_WORDS[i]}\"");
        s.AppendLine("    [[ $word == -* ]] && continue");
        s.AppendLine("    word=\"${path:+$path }$word\"");
        s.AppendLine($"    case \"$word\" in {string.Join('|', Walk(root).Where(p => p.Path.Length > 0).Select(p => $"\"{p.Path}\""))}) path=\"$word\" ;; esac");
        s.AppendLine("  done");
        s.AppendLine("  local commands=\"\" options=\"\"");
        s.AppendLine("  case \"$path\" in");
        foreach (var (path, command) in Walk(root))
        {
            var commands = string.Join(' ', command.Subcommands.Select(c => c.Name).Concat(path == "help" ? root.Subcommands.Select(c => c.Name) : []));
            var options = string.Join(' ', command.Options.Select(o => o.Name).Append("--help"));
            s.AppendLine($"    \"{path}\") commands=\"{commands}\"; options=\"{options}\" ;;");
        }
        s.AppendLine("  esac");
        s.AppendLine("  if [[ $cur == -* ]]; then");
        s.AppendLine("    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))");
        s.AppendLine("  elif [[ -n $commands ]]; then");
        s.AppendLine("    COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\"))");
        s.AppendLine("  else");
        s.AppendLine("    COMPREPLY=($(compgen -f -- \"$cur\"))");
        s.AppendLine("  fi");
        s.AppendLine("}");
        s.AppendLine("complete -o filenames -F _digestsite digestsite");
        return s.ToString();
    }

    /// <summary>zsh runs the bash script through its own bash-completion layer (bashcompinit).</summary>
    public static string Zsh(CommandTree root) =>
        "#compdef digestsite\n# zsh completion for digestsite (digestsite completion zsh)\n" +
        "autoload -U +X bashcompinit && bashcompinit\n" + Bash(root).Replace("# bash completion for digestsite (digestsite completion bash)\n", "");

    public static string Fish(CommandTree root)
    {
        var s = new StringBuilder();
        s.AppendLine("# fish completion for digestsite (digestsite completion fish)");
        var top = string.Join(' ', root.Subcommands.Select(c => c.Name));
        foreach (var command in root.Subcommands)
        {
            s.AppendLine($"complete -c digestsite -n \"not __fish_seen_subcommand_from {top}\" -a {command.Name} -d {Quote(command.Summary)}");
            foreach (var sub in command.Subcommands)
                s.AppendLine($"complete -c digestsite -n \"__fish_seen_subcommand_from {command.Name}; and not __fish_seen_subcommand_from {string.Join(' ', command.Subcommands.Select(c => c.Name))}\" -a {sub.Name} -d {Quote(sub.Summary)}");
            foreach (var option in command.Subcommands.SelectMany(c => c.Options).Concat(command.Options).DistinctBy(o => o.Name))
                s.AppendLine($"complete -c digestsite -n \"__fish_seen_subcommand_from {command.Name}\" -l {option.Name.TrimStart('-')}{(option.TakesValue ? " -r" : "")} -d {Quote(option.Summary)}");
        }
        s.AppendLine($"complete -c digestsite -n \"__fish_seen_subcommand_from help\" -a \"{top}\"");
        return s.ToString();
    }

    /// <summary>Every command with its path of names below the root ("" for the root, "new site").</summary>
    private static IEnumerable<(string Path, CommandTree Command)> Walk(CommandTree root, string path = "")
    {
        yield return (path, root);
        foreach (var sub in root.Subcommands)
            foreach (var item in Walk(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}"))
                yield return item;
    }

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
