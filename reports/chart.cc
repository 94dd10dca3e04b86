// The contradictions-per-night chart: an inline SVG bar chart, one bar per night, the part
// first seen that night in the accent colour.
#include <algorithm>
#include <cstdio>

#include "reports/escape.h"
#include "reports/formats.h"

namespace newsrecon::reports {
namespace {

constexpr double kWidth = 760, kHeight = 210;
constexpr double kLeft = 40, kRight = 12, kTop = 18, kBottom = 46;

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A round step for about four grid lines up to `max`.
int TickStep(int max) {
  for (int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) {
    if (max / step <= 4) return step;
  }
  return max / 4 + 1;
}

std::string Grid(int top_value, int step, double plot_h) {
  std::string out;
  for (int v = 0; v <= top_value; v += step) {
    double y = kTop + plot_h - plot_h * v / top_value;
    out += "<line x1=\"" + Num(kLeft) + "\" y1=\"" + Num(y) + "\" x2=\"" + Num(kWidth - kRight) +
           "\" y2=\"" + Num(y) + "\" stroke=\"#e3e7ee\"/>";
    out += "<text x=\"" + Num(kLeft - 6) + "\" y=\"" + Num(y + 4) +
           "\" text-anchor=\"end\">" + std::to_string(v) + "</text>";
  }
  return out;
}

std::string Bar(const NightCount& n, double x, double w, double plot_h, int top_value) {
  int fresh = std::min(n.first_seen, n.present);
  double base = kTop + plot_h;
  double h = plot_h * n.present / top_value, h_new = plot_h * fresh / top_value;
  std::string tip = n.date + " (run " + std::to_string(n.run_id) + "): " +
                    std::to_string(n.present) + " contradiction(s), " + std::to_string(fresh) +
                    " first seen that night";
  std::string out = "<g><title>" + EscapeHtml(tip) + "</title>";
  out += "<rect x=\"" + Num(x) + "\" y=\"" + Num(base - h) + "\" width=\"" + Num(w) +
         "\" height=\"" + Num(h - h_new) + "\" fill=\"#aab4c8\" rx=\"2\"/>";
  out += "<rect x=\"" + Num(x) + "\" y=\"" + Num(base - h_new) + "\" width=\"" + Num(w) +
         "\" height=\"" + Num(h_new) + "\" fill=\"#3e4fb5\" rx=\"2\"/>";
  out += "<text x=\"" + Num(x + w / 2) + "\" y=\"" + Num(base - h - 5) +
         "\" text-anchor=\"middle\" font-weight=\"600\" fill=\"#1d2430\">" +
         std::to_string(n.present) + "</text>";
  out += "<text x=\"" + Num(x + w / 2) + "\" y=\"" + Num(base + 15) +
         "\" text-anchor=\"middle\">" + EscapeHtml(n.date.size() == 10 ? n.date.substr(5) : n.date) +
         "</text></g>";
  return out;
}

}  // namespace

std::string NightsSvg(const std::vector<NightCount>& nights) {
  if (nights.empty()) return "";
  int max = 1;
  for (const NightCount& n : nights) max = std::max(max, n.present);
  int step = TickStep(max);
  int top_value = (max + step - 1) / step * step;
  double plot_h = kHeight - kTop - kBottom, plot_w = kWidth - kLeft - kRight;
  double band = plot_w / static_cast<double>(nights.size());
  double w = std::min(44.0, band * 0.62);
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + Num(kWidth) + " " +
                    Num(kHeight) + "\" width=\"100%\" style=\"max-width:" + Num(kWidth) +
                    "px\" role=\"img\" aria-label=\"Contradictions per night\" "
                    "font-family=\"sans-serif\" font-size=\"11\" fill=\"#5d6778\">";
  out += Grid(top_value, step, plot_h);
  for (size_t i = 0; i < nights.size(); ++i) {
    double x = kLeft + band * static_cast<double>(i) + (band - w) / 2;
    out += Bar(nights[i], x, w, plot_h, top_value);
  }
  double ly = kHeight - 10;
  out += "<rect x=\"" + Num(kLeft) + "\" y=\"" + Num(ly - 9) +
         "\" width=\"10\" height=\"10\" fill=\"#3e4fb5\" rx=\"2\"/><text x=\"" + Num(kLeft + 15) +
         "\" y=\"" + Num(ly) + "\">first seen that night</text>";
  out += "<rect x=\"" + Num(kLeft + 150) + "\" y=\"" + Num(ly - 9) +
         "\" width=\"10\" height=\"10\" fill=\"#aab4c8\" rx=\"2\"/><text x=\"" + Num(kLeft + 165) +
         "\" y=\"" + Num(ly) + "\">seen on earlier nights</text>";
  return out + "</svg>";
}

}  // namespace newsrecon::reports
