# Writes data/lexicon.toml into a C++ source as a raw string literal.
file(READ ${INPUT} CONTENT)
string(FIND "${CONTENT}" ")lexicon\"" CLASH)
if(NOT CLASH EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )lexicon\"")
endif()
file(WRITE ${OUTPUT} "// Generated from data/lexicon.toml; do not edit.\nnamespace newsrecon::extract {\nextern const char kDefaultLexiconToml[];\nconst char kDefaultLexiconToml[] = R\"lexicon(${CONTENT})lexicon\";\n}  // namespace newsrecon::extract\n")
