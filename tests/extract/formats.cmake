# Readers of OFD, Excel task lists and the formats LibreOffice converts (issue 11), and `duban-cli text`.
duban_add_gtest(test_extract_formats test_format_similarity.cpp test_ofdreader.cpp test_spreadsheetreader.cpp
    test_officeconverter.cpp similarity.h LIBS duban_extract)

duban_add_gtest(test_text_cli test_text_cli.cpp LIBS Qt6::Core)
add_dependencies(test_text_cli duban-cli)
