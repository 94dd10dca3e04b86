// The names of the output formats, as --format gives them.
#include "reports/formats.h"

#include "core/enum_table.h"

namespace newsrecon::reports {
namespace {

constexpr core::EnumTable<OutputFormat, 5> kOutputFormats = {{
    {OutputFormat::kText, "text"},
    {OutputFormat::kJson, "json"},
    {OutputFormat::kHtml, "html"},
    {OutputFormat::kMarkdown, "md"},
    {OutputFormat::kCsv, "csv"},
}};

}  // namespace

const char* ToString(OutputFormat format) { return core::NameOf(kOutputFormats, format); }

bool ParseOutputFormat(const std::string& name, OutputFormat* out) {
  return core::ValueOf(kOutputFormats, name, out);
}

}  // namespace newsrecon::reports
