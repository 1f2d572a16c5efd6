# Writes OUT from IN with the version and the commit the tree was built from. Run at every build
# (not only at configure time) so a new commit shows in --version; configure_file rewrites OUT
# only when its text changes, so an unchanged commit rebuilds nothing.
# Inputs: SRC (the source tree), IN, OUT, VERSION.
set(IK_COMMIT "unknown")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${SRC}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SRC}" rev-parse --short=12 HEAD
                    OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE failed ERROR_QUIET)
    if(NOT failed AND commit)
        set(IK_COMMIT "${commit}")
        execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SRC}" status --porcelain
                                --untracked-files=no
                        OUTPUT_VARIABLE dirty OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(dirty)
            string(APPEND IK_COMMIT "-modified")
        endif()
    endif()
endif()
set(IK_VERSION "${VERSION}")
configure_file("${IN}" "${OUT}" @ONLY)
