# CTest check: the committed .ts files are complete for the current sources.
# Runs lupdate over a COPY of each .ts file (so new or changed strings show up as unfinished)
# and fails when lrelease reports any unfinished message.
#   cmake -DLUPDATE=... -DLRELEASE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
foreach(lang en zh_CN)
  set(ts "${WORK_DIR}/check_${lang}.ts")
  configure_file("${SOURCE_DIR}/translations/mtlstudio_${lang}.ts" "${ts}" COPYONLY)
  execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${SOURCE_DIR}/ui"
            "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app/gui/main.cpp" -ts "${ts}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed for ${lang}: ${out}${err}")
  endif()
  execute_process(COMMAND "${LRELEASE}" "${ts}" -qm "${WORK_DIR}/check_${lang}.qm"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "${lang}: ${out}")
  if(NOT rc EQUAL 0 OR NOT out MATCHES "Generated [0-9]+ translation\\(s\\) \\([0-9]+ finished and 0 unfinished\\)")
    message(FATAL_ERROR "translations/mtlstudio_${lang}.ts is incomplete for the current sources:\n${out}${err}\n"
                        "Run: cmake --build <build> --target update_translations, then translate the new entries.")
  endif()
  file(READ "${ts}" content)
  string(FIND "${content}" "type=\"unfinished\"" pos)
  if(NOT pos EQUAL -1)
    message(FATAL_ERROR "translations/mtlstudio_${lang}.ts has unfinished entries")
  endif()
endforeach()
