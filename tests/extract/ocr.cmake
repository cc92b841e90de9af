# OCR (Tesseract) and PDF layout: scans made from known text, hostile images, real PDF layouts.
pkg_check_modules(LEPT_TEST REQUIRED IMPORTED_TARGET lept)
duban_add_gtest(test_extract_ocr test_ocr.cpp test_ocrcolumns.cpp scanfixture.h
    LIBS duban_extract Qt6::Gui PkgConfig::POPPLER PkgConfig::LEPT_TEST)
duban_add_gtest(test_extract_pdflayout test_pdflayout.cpp LIBS duban_extract Qt6::Gui)
add_dependencies(test_extract_ocr duban-cli)
