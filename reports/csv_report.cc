// The contradiction report as CSV (RFC 4180): one row per piece of evidence.
#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/html_page.h"

namespace newsrecon::reports {

std::string ToCsv(const ContradictionReport& r) {
  std::string out =
      "id,kind,severity,topic,status,verdict,new,first_seen_run,runs_present,side,side_value,"
      "side_sources,side_voices,source,url,published,quote,values,story_id,story\r\n";
  for (const ReportItem& item : r.items) {
    std::string head = std::to_string(item.id) + "," + CsvField(core::ToString(item.kind)) + "," +
                       CsvField(core::ToString(item.severity)) + "," + CsvField(item.topic) + "," +
                       CsvField(core::ToString(item.status)) + "," + CsvField(core::ToString(item.verdict)) + "," +
                       (item.is_new ? "yes" : "no") + "," + std::to_string(item.first_seen_run) +
                       "," + std::to_string(item.runs_present) + ",";
    for (size_t i = 0; i < item.sides.size(); ++i) {
      const ReportSide& side = item.sides[i];
      std::string side_cells = std::to_string(i + 1) + "," + CsvField(side.value) + "," +
                               std::to_string(side.sources) + "," + std::to_string(side.voices) + ",";
      for (const Evidence& e : side.evidence) {
        std::string values;
        for (const auto& v : e.values) values += (values.empty() ? "" : "; ") + DescribeValue(v);
        out += head + side_cells + CsvField(e.source) + "," + CsvField(e.url) + "," +
               CsvField(e.published) + "," + CsvField(e.quote) + "," + CsvField(values) + "," +
               std::to_string(item.story_id) + "," + CsvField(item.story) + "\r\n";
      }
    }
  }
  return out;
}

}  // namespace newsrecon::reports
