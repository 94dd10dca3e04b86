// Script-free filters: radio buttons, and one CSS rule per option.
#include "reports/html_filters.h"

#include "reports/escape.h"

namespace newsrecon::reports {
namespace {

std::string InputId(const std::string& attribute, const std::string& token) {
  return "f-" + FilterToken(attribute) + "--" + token;
}

bool Shown(const FilterFacet& facet) { return !facet.options.empty(); }

std::string Radio(const std::string& name, const std::string& id, const std::string& label,
                  bool checked) {
  return "<input type=\"radio\" name=\"" + name + "\" id=\"" + id + "\"" +
         (checked ? " checked" : "") + "><label for=\"" + id + "\">" + EscapeHtml(label) +
         "</label>";
}

}  // namespace

std::string FilterToken(const std::string& text) {
  std::string out;
  for (char c : text) {
    char l = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    bool keep = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '-' || l == '_';
    out += keep ? l : '_';
  }
  return out.empty() ? "_" : out;
}

std::string FilterAttributes(const FilterTokens& tokens) {
  std::string out = " data-filter";
  for (const auto& [attribute, values] : tokens) {
    std::string joined;
    for (const std::string& v : values) {
      if (!joined.empty()) joined += ' ';
      joined += FilterToken(v);
    }
    out += " data-" + FilterToken(attribute) + "=\"" + joined + "\"";
  }
  return out;
}

std::string FilterControlsHtml(const std::vector<FilterFacet>& facets) {
  std::string out;
  for (const FilterFacet& facet : facets) {
    if (!Shown(facet)) continue;
    std::string name = "f-" + FilterToken(facet.attribute);
    out += "<fieldset class=\"facet\"><legend>" + EscapeHtml(facet.label) + "</legend>" +
           Radio(name, InputId(facet.attribute, "_all"), "All", true);
    for (const auto& [token, label] : facet.options) {
      out += Radio(name, InputId(facet.attribute, FilterToken(token)), label, false);
    }
    out += "</fieldset>";
  }
  if (out.empty()) return "";
  return "<section class=\"panel filters\" aria-label=\"Filters\"><h2>Filter</h2>" + out +
         "<p class=\"hint\">Filters work in this file alone, offline, without scripts.</p>"
         "</section>\n";
}

std::string FilterCss(const std::vector<FilterFacet>& facets) {
  std::string out;
  for (const FilterFacet& facet : facets) {
    if (!Shown(facet)) continue;
    std::string attribute = "data-" + FilterToken(facet.attribute);
    for (const auto& option : facet.options) {
      std::string token = FilterToken(option.first);
      out += "body:has(#" + InputId(facet.attribute, token) + ":checked) [data-filter]:not([" +
             attribute + "~=\"" + token + "\"]){display:none}\n";
    }
  }
  return out;
}

}  // namespace newsrecon::reports
