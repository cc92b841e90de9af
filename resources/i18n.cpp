// The translations library holds only the embedded .qm files; this file gives the target a source.
namespace duban::i18n {
int anchor = 0;
}
