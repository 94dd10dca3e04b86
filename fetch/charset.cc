// Charset choice and conversion to UTF-8 with ICU (ucnv) and uchardet.
#include "fetch/charset.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <utility>

#include "core/utf8.h"

namespace newsrecon::fetch {
namespace {

struct Alias {
  std::string_view label;
  std::string_view canonical;
};

// WHATWG's labels for the encodings news sites use, mapped to one canonical name each.
constexpr std::array<Alias, 44> kAliases = {{
    {"utf-8", "utf-8"},
    {"utf8", "utf-8"},
    {"unicode-1-1-utf-8", "utf-8"},
    {"windows-1252", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"latin1", "windows-1252"},
    {"l1", "windows-1252"},
    {"ascii", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"},
    {"cp819", "windows-1252"},
    {"shift_jis", "shift_jis"},
    {"shift-jis", "shift_jis"},
    {"sjis", "shift_jis"},
    {"x-sjis", "shift_jis"},
    {"ms_kanji", "shift_jis"},
    {"ms932", "shift_jis"},
    {"windows-31j", "shift_jis"},
    {"csshiftjis", "shift_jis"},
    {"cp932", "shift_jis"},
    {"euc-jp", "euc-jp"},
    {"iso-2022-jp", "iso-2022-jp"},
    {"euc-kr", "euc-kr"},
    {"ks_c_5601-1987", "euc-kr"},
    {"windows-949", "euc-kr"},
    {"uhc", "euc-kr"},
    {"gbk", "gbk"},
    {"gb2312", "gbk"},
    {"x-gbk", "gbk"},
    {"gb18030", "gb18030"},
    {"big5", "big5"},
    {"big5-hkscs", "big5"},
    {"koi8-r", "koi8-r"},
    {"koi8-u", "koi8-u"},
    {"tis-620", "windows-874"},
    {"windows-874", "windows-874"},
    {"utf-16", "utf-16le"},
    {"utf-16le", "utf-16le"},
    {"utf-16be", "utf-16be"},
    {"x-user-defined", "windows-1252"},
}};

// The ICU converter for a canonical label, where ICU's name differs.
std::string IcuName(std::string_view canonical) {
  if (canonical == "shift_jis") return "windows-31j";
  if (canonical == "euc-kr") return "windows-949";
  if (canonical == "gbk") return "windows-936";
  return std::string(canonical);
}

struct ConverterClose {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterClose>;

Converter Open(std::string_view canonical) {
  UErrorCode err = U_ZERO_ERROR;
  Converter c(ucnv_open(IcuName(canonical).c_str(), &err));
  if (U_FAILURE(err)) return nullptr;
  return c;
}

// Writes U+FFFD for each invalid or unmappable sequence and counts them.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                        UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  ++*static_cast<size_t*>(const_cast<void*>(context));
  *err = U_ZERO_ERROR;
  static const UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

// Converts with ICU from `canonical` to UTF-8; false when ICU cannot.
bool Convert(std::string_view bytes, std::string_view canonical, DecodedText* out) {
  Converter from = Open(canonical);
  Converter to = Open("utf-8");
  if (!from || !to) return false;
  UErrorCode err = U_ZERO_ERROR;
  size_t replaced = 0;
  ucnv_setToUCallBack(from.get(), CountingSubstitute, &replaced, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return false;
  std::string result(bytes.size() * 3 + 16, '\0');
  std::array<UChar, 1024> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* source = bytes.data();
  char* target = result.data();
  for (;;) {
    err = U_ZERO_ERROR;
    ucnv_convertEx(to.get(), from.get(), &target, result.data() + result.size(), &source,
                   bytes.data() + bytes.size(), pivot.data(), &pivot_source, &pivot_target,
                   pivot.data() + pivot.size(), source == bytes.data(), true, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR) break;
    size_t used = static_cast<size_t>(target - result.data());
    result.resize(result.size() * 2);
    target = result.data() + used;
  }
  if (U_FAILURE(err)) return false;
  result.resize(static_cast<size_t>(target - result.data()));
  out->text = std::move(result);
  out->replaced = replaced;
  return true;
}

// Valid UTF-8? ASCII is checked eight bytes at a time; each other sequence as core checks it.
bool IsValidUtf8Fast(std::string_view bytes) {
  size_t i = 0;
  const size_t n = bytes.size();
  while (i < n) {
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + i, 8);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    while (i < n && static_cast<unsigned char>(bytes[i]) < 0x80) ++i;
    if (i == n) break;
    size_t length = core::Utf8SequenceLength(static_cast<unsigned char>(bytes[i]));
    if (i + length > n || !core::IsValidUtf8(bytes.substr(i, length))) return false;
    i += length;
  }
  return true;
}

struct DetectorFree {
  void operator()(uchardet_t d) const { uchardet_delete(d); }
};

std::string Detect(std::string_view bytes) {
  if (IsValidUtf8Fast(bytes)) return "utf-8";
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, DetectorFree> detector(uchardet_new());
  if (!detector) return "windows-1252";
  std::string_view sample = bytes.substr(0, 64 * 1024);
  if (uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) {
    return "windows-1252";
  }
  uchardet_data_end(detector.get());
  std::string found = CanonicalCharset(uchardet_get_charset(detector.get()));
  return found.empty() ? "windows-1252" : found;
}

// The byte-order mark's charset and length, or {"", 0}.
std::pair<std::string, size_t> Bom(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {"utf-8", 3};
  if (bytes.substr(0, 2) == "\xFF\xFE") return {"utf-16le", 2};
  if (bytes.substr(0, 2) == "\xFE\xFF") return {"utf-16be", 2};
  return {"", 0};
}

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  std::string lower;
  for (char c : label) {
    if (c != '"' && c != '\'' && c != ' ' && c != '\t') {
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (lower.empty()) return "";
  for (const Alias& a : kAliases) {
    if (a.label == lower) return std::string(a.canonical);
  }
  return Open(lower) ? lower : "";
}

DecodedText DecodeText(std::string_view bytes, std::string_view header_charset, TextKind kind) {
  DecodedText out;
  auto [bom, bom_length] = Bom(bytes);
  if (std::string c = CanonicalCharset(header_charset); !c.empty()) {
    out.charset = c;
    out.source = "header";
    if (bom == c) bytes.remove_prefix(bom_length);
  } else if (!bom.empty()) {
    out.charset = bom;
    out.source = "bom";
    bytes.remove_prefix(bom_length);
  } else if (std::string d = CanonicalCharset(DeclaredCharset(bytes, kind)); !d.empty()) {
    // A document that can declare itself in ASCII is not UTF-16 (WHATWG).
    out.charset = d.rfind("utf-16", 0) == 0 ? "utf-8" : d;
    out.source = kind == TextKind::kXml ? "xml" : "meta";
  } else {
    out.charset = Detect(bytes);
    out.source = "detected";
  }
  if (out.charset == "utf-8" || !Convert(bytes, out.charset, &out)) {
    if (out.charset != "utf-8") out.charset = "utf-8";  // ICU could not: read it as UTF-8
    out.text = IsValidUtf8Fast(bytes) ? std::string(bytes) : core::RepairUtf8(bytes, &out.replaced);
  }
  return out;
}

}  // namespace newsrecon::fetch
