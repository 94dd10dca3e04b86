// Option parsing.
#include "cli/args.h"

namespace newsrecon::cli {

std::string Args::Get(const std::string& name, const std::string& fallback) const {
  auto it = options.find(name);
  return it == options.end() || it->second.empty() ? fallback : it->second.back();
}

core::Result<Args> ParseArgs(const std::vector<std::string>& argv,
                             const std::vector<OptionSpec>& spec, const std::string& command) {
  Args args;
  bool options_done = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (!options_done && a == "-h") {  // the one short option: --help, where there is one
      for (const OptionSpec& o : spec) {
        if (o.name == "help") args.options["help"].push_back("");
      }
      if (args.Has("help")) continue;
    }
    if (options_done || a.size() < 2 || a.compare(0, 2, "--") != 0) {
      if (!options_done && a.size() > 1 && a[0] == '-' && a != "-") {
        return core::InvalidArgument("unknown option " + a + " for '" + command + "'");
      }
      args.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a.substr(2);
    std::string value;
    bool inline_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      inline_value = true;
    }
    const OptionSpec* found = nullptr;
    for (const OptionSpec& o : spec) {
      if (o.name == name) found = &o;
    }
    if (found == nullptr) {
      return core::InvalidArgument("unknown option --" + name + " for '" + command + "'");
    }
    if (found->takes_value() && !inline_value) {
      if (i + 1 >= argv.size()) return core::InvalidArgument("--" + name + " needs a value");
      value = argv[++i];
    } else if (!found->takes_value() && inline_value) {
      return core::InvalidArgument("--" + name + " takes no value");
    }
    args.options[name].push_back(value);
  }
  return args;
}

std::string OptionsHelp(const std::vector<OptionSpec>& spec) {
  std::string out = "Options:\n";
  for (const OptionSpec& o : spec) {
    std::string left = "  --" + o.name + (o.takes_value() ? " " + o.value : "");
    if (left.size() < 34) left.resize(34, ' ');
    out += left + " " + o.help + "\n";
  }
  return out;
}

}  // namespace newsrecon::cli
