// The page as the content extractor sees it: its elements in document order with what their
// class, id and role hint, and its text blocks — the runs of inline text between
// block-level boundaries — each tied to the element that holds it.
#ifndef NEWSRECON_EXTRACT_TEXT_PAGE_MODEL_H_
#define NEWSRECON_EXTRACT_TEXT_PAGE_MODEL_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsrecon::extract {

enum class BlockKind : uint8_t { kText, kHeading, kListItem, kCell, kPre, kCaption };

// Where a block sits, as bit flags.
enum BlockPlace : uint8_t {
  kInList = 1,
  kInTable = 2,
  kInQuote = 4,
  kInFigure = 8,
  kInLink = 16,  // the block is one link
};

struct PageElement {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  int32_t parent = -1;       // index of the parent element; -1 for the root
  uint32_t end = 0;          // elements (index, end) lie inside this one
  uint32_t first_block = 0;  // blocks [first_block, end_block) lie inside this one
  uint32_t end_block = 0;
  uint8_t hints = 0;  // HintFlags, including those implied by the tag (nav, aside ...)
  bool block_level = false;
  std::string_view class_name, id;  // into the Gumbo tree: valid while it lives
};

struct TextBlock {
  uint32_t element = 0;  // the innermost block-level element holding the text
  std::string text;      // white space collapsed, trimmed
  uint32_t link_chars = 0;  // bytes of `text` inside links
  uint32_t boilerplate_chars = 0;  // bytes inside inline elements hinted as boilerplate
  BlockKind kind = BlockKind::kText;
  uint8_t level = 0;  // 1..6 for headings
  uint8_t place = 0;  // BlockPlace flags
};

struct PageModel {
  std::vector<PageElement> elements;  // [0] is <html>
  std::vector<TextBlock> blocks;      // in reading order
};

// "div.story#main > p": the element and its ancestors, for people tuning the extractor.
std::string DescribeElement(const PageModel& page, uint32_t element);

// A hash of the markup of a block's element and of the container it sits in (tags and
// class names, numbered class names left out, the container's first class only): an
// article's paragraphs share it, teaser cards and comments beside the article do not.
// Lists are see-through (an item of a list in the body is the body's, as its paragraphs are).
uint64_t BlockSignature(const PageModel& page, const TextBlock& b);

// Builds the model of the tree under `root`. Scripts, styles, forms' controls, embedded
// objects, hidden elements and inline elements hinted as boilerplate hold no text here;
// block-level ones keep theirs, for the extractor to weigh. Iterative: any depth.
PageModel BuildPageModel(const GumboNode* root);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_PAGE_MODEL_H_
