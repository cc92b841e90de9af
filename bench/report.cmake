# Report benchmark: the weekly report (督查周报) on 1,000 generated tasks, data to PDF.
# Run: ./build/bin/bench_report [tasks]
add_executable(bench_report bench_report.cpp)
target_link_libraries(bench_report PRIVATE duban_report Qt6::Gui)
duban_warnings(bench_report)
add_dependencies(bench bench_report)
