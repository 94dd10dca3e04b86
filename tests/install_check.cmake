# `cmake --install` into a scratch prefix, then checks what it put there: the binary (which
# runs), the man page, the lexicon, the docs and contrib/.
#   cmake -DBUILD=dir -DPREFIX=dir -P install_check.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
include(GNUInstallDirs)
foreach(file ${CMAKE_INSTALL_BINDIR}/newsrecon ${CMAKE_INSTALL_MANDIR}/man1/newsrecon.1
        ${CMAKE_INSTALL_DATADIR}/newsrecon/lexicon.toml share/doc/newsrecon/README.md
        share/doc/newsrecon/contrib/newsrecon.service share/doc/newsrecon/contrib/newsrecon.timer
        share/doc/newsrecon/contrib/crontab)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "not installed: ${file}")
  endif()
endforeach()
file(READ "${PREFIX}/${CMAKE_INSTALL_MANDIR}/man1/newsrecon.1" man)
if(NOT man MATCHES "\\.SS report contradictions" OR NOT man MATCHES "--documents-older-than DAYS")
  message(FATAL_ERROR "the man page lacks the commands' help")
endif()
execute_process(COMMAND ${PREFIX}/${CMAKE_INSTALL_BINDIR}/newsrecon --version
                OUTPUT_VARIABLE version RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT version MATCHES "^newsrecon [0-9]")
  message(FATAL_ERROR "the installed newsrecon --version failed: ${version}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
