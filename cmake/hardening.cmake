# Sanitizer and fuzzing flags for the hardening builds (issue 12). Applied to everything configured in
# that build directory: our libraries and tests. Qt and the system libraries stay uninstrumented.
if(DUBAN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "DUBAN_FUZZ needs clang (CXX=clang++-14); libFuzzer is part of clang")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
elseif(DUBAN_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
