# Overdue view benchmark: first paint and reloads on the five seeds or given databases (needs the store).
add_executable(bench_overdue bench_overdue.cpp)
target_link_libraries(bench_overdue PRIVATE duban_gui Qt6::Widgets)
target_compile_definitions(bench_overdue PRIVATE DUBAN_SHARED_DIR="${CMAKE_SOURCE_DIR}/../shared")
duban_warnings(bench_overdue)
add_dependencies(bench bench_overdue)
