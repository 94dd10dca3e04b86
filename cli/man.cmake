# Writes newsrecon's man page from its own help texts, so the two never disagree:
#   cmake -DNEWSRECON=path/to/newsrecon -DOUT=newsrecon.1 -DVERSION=x.y.z -P man.cmake
execute_process(COMMAND ${NEWSRECON} --help OUTPUT_VARIABLE general RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NEWSRECON} --help failed (${rc})")
endif()
# roff: a leading dot or quote starts a request, a backslash an escape.
function(roff_text in out)
  string(REPLACE "\\" "\\e" text "${in}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()
roff_text("${general}" general_roff)
set(page ".TH NEWSRECON 1 \"\" \"newsrecon ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\nnewsrecon \\- news ingestion, claim extraction and contradiction finding\n")
string(APPEND page ".SH SYNOPSIS\n.B newsrecon\n.I COMMAND\n[\\fIOPTIONS\\fR]\n")
string(APPEND page ".SH DESCRIPTION\n.nf\n${general_roff}.fi\n.SH COMMANDS\n")
# Each command line of the general help is "  NAME<padding to 24> summary".
string(REPLACE "\n" ";" lines "${general}")
foreach(line IN LISTS lines)
  if(line MATCHES "^  [a-z]")
    string(SUBSTRING "${line}" 2 22 name)
    string(STRIP "${name}" name)
    string(REPLACE " " ";" words "${name}")
    execute_process(COMMAND ${NEWSRECON} ${words} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "${NEWSRECON} ${name} --help failed (${rc})")
    endif()
    roff_text("${help}" help_roff)
    string(APPEND page ".SS ${name}\n.nf\n${help_roff}.fi\n")
  endif()
endforeach()
string(APPEND page ".SH FILES\n.TP\n.I share/newsrecon/lexicon.toml\n"
       "The shipped lexicon (parties, relations), built into the binary; a config's [[party]] "
       "and [[relation]] tables extend it.\n"
       ".SH SEE ALSO\nThe README in share/doc/newsrecon.\n")
file(WRITE "${OUT}" "${page}")
