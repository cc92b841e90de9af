# GUI benchmark: time to first paint of the task table and scrolling it, with 100,000 tasks.
# Runs offscreen by default; ./build/bin/bench_gui [--db PATH] (the DB mode needs the store layer).
add_executable(bench_gui bench_gui.cpp)
target_link_libraries(bench_gui PRIVATE duban_gui_views Qt6::Widgets)
target_link_libraries(bench_gui PRIVATE duban_gui)
target_compile_definitions(bench_gui PRIVATE DUBAN_HAVE_STORE)
duban_warnings(bench_gui)
add_dependencies(bench bench_gui)
