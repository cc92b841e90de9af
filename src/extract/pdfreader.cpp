// placeholder: replaced by the real implementation
namespace duban {}
