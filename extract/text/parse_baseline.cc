// Gumbo's bare parse, as the benchmark baseline.
#include "extract/text/parse_baseline.h"

#include <gumbo.h>

#include "extract/text/gumbo_tree.h"
#include "extract/text/prefilter.h"

namespace newsrecon::extract {

size_t ParseBaseline(std::string_view html) {
  GumboOutput* output =
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (output == nullptr) return 0;
  // Read one field of the tree so the parse cannot be optimised away; walking it would
  // add work the baseline must not have.
  size_t children = output->root->v.element.children.length + 1;
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return children;
}

size_t PrefilterAndParse(std::string_view html) {
  GumboTree tree(PrefilterHtml(html, nullptr));
  return tree.root() != nullptr ? tree.root()->v.element.children.length + 1 : 0;
}

}  // namespace newsrecon::extract
