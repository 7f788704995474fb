// NVIDIA data-center, workstation and shared-memory GPUs, one row per memory size (boards with the same
// memory and bandwidth, such as A100 40GB PCIe and SXM4, share a row). HBM cards report less than their
// label: nvidia-smi shows an H100 80GB as 81,559 MiB (79.6 GiB), so rows carry the printed total.
import { gpu, type Gpu, type TableDefaults } from './row.js';
import { fromBus, indexed } from './sources.js';

const DC = (page: string) => `https://www.nvidia.com/en-us/data-center/${page}/`;
const WS = (page: string) => `https://www.nvidia.com/en-us/design-visualization/${page}/`;
const D: TableDefaults = { vendor: 'nvidia', kind: 'datacenter', backend: 'cuda', source: DC('a100') };
const W: TableDefaults = { ...D, kind: 'workstation', source: WS('rtx-a6000') };
const SHARED: TableDefaults = { ...D, kind: 'shared', source: 'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/' };
// nvidia-smi totals listed by Modal for every GPU it rents (H100, A100 80/40, A10, L40S, L4, T4)
const MODAL = 'https://github.com/modal-labs/modal-client/pull/2797';
// TechPowerUp's GPU database, for boards whose NVIDIA page is gone
const TPU = (card: string) => `https://www.techpowerup.com/gpu-specs/${card}`;
const QUADRO = (page: string) => WS(`quadro/${page}`);

/** the family name every Orin module answers to */
const JETSON_ORIN = 'Jetson Orin';

export const NVIDIA_DATACENTER: readonly Gpu[] = [
  // Kepler (compute 3.7): CUDA 12 dropped it, so llama.cpp needs a CUDA 11 build; one board is two GK210 GPUs
  gpu(D, 'tesla-k80', 'Tesla K80 (one of its two GPUs)', 12, 240, {
    family: 'Tesla K80', source: 'https://www.nvidia.com/en-gb/data-center/tesla-k80/',
    smi: [11441, indexed(31933294405, 131312815, 8950258145)],
    note: 'NVIDIA: 24 GB and 480 GB/s per board, two GPUs of 12 GB and 240 GB/s that CUDA shows apart (use gpus:2 for the board)',
  }),
  // Maxwell: the 2015 card is 12 GB, the 24 GB board came in 2016 (nvidia-smi names it "Tesla M40 24GB")
  gpu(D, 'tesla-m40', 'Tesla M40 12GB', 12, 288, { family: 'Tesla M40', source: TPU('tesla-m40.c2771') }),
  gpu(D, 'tesla-m40-24g', 'Tesla M40 24GB', 24, 288, {
    family: 'Tesla M40', source: TPU('tesla-m40-24-gb.c3838'), smi: [22939, indexed(268438422)],
    note: 'nvidia-smi total with ECC on (gpustat output); NVIDIA\'s M40 page is gone',
  }),
  gpu(D, 'tesla-p4', 'Tesla P4', 8, 192, { source: DC('tesla-p4') }),
  gpu(D, 'tesla-p40', 'Tesla P40', 24, 346, {
    source: DC('tesla-p40'), note: `with ECC off; ECC on, nvidia-smi prints 23,040 MiB (${indexed(24512744821, 33561208695)})`,
  }),
  gpu(D, 'tesla-p100-12g', 'Tesla P100 PCIe 12GB', 12, 549, { family: 'Tesla P100', source: DC('tesla-p100') }),
  // the 12 GB board is the cut-down PCIe card; the SXM2 and the PCIe 16 GB (Kaggle, most clusters) are 16 GB
  gpu(D, 'tesla-p100', 'Tesla P100 16GB', 16, 732, {
    source: DC('tesla-p100'), common: true, smi: [16280, indexed(42455151553, 14168046212, 20756448239)],
  }),
  gpu(D, 'v100-16g', 'Tesla V100 16GB', 16, 900, {
    source: DC('v100'), names: ['V100 SXM2', 'V100 PCIe'], exact: ['Tesla V100-SXM2-16GB', 'Tesla V100-PCIE-16GB'],
    smi: [16160, indexed(7009799158)],
  }),
  gpu(D, 'v100-32g', 'Tesla V100 32GB', 32, 900, {
    source: DC('v100'), names: ['V100 SXM2', 'V100 PCIe'], exact: ['Tesla V100-SXM2-32GB', 'Tesla V100-PCIE-32GB'],
    smi: [32768, indexed(26177832817, 10876193011, 38734283389)], note: 'drivers 410 and 440 printed 32,510 MiB',
  }),
  gpu(D, 'v100s', 'Tesla V100S 32GB', 32, 1134, { source: DC('v100'), names: ['V100S PCIe'], note: 'the 2019 PCIe refresh: faster HBM2, the same 32 GB' }),
  gpu(D, 't4', 'Tesla T4', 16, 320, { source: DC('tesla-t4'), smi: [15360, MODAL], note: 'older drivers print 15,109 MiB' }),
  gpu(D, 'a2', 'NVIDIA A2', 16, 200, { source: DC('products/a2') }),
  // GDDR6 with ECC on by default: nvidia-smi prints 23,028 MiB, as on the A10G
  gpu(D, 'a10', 'NVIDIA A10', 24, 600, { source: DC('products/a10-gpu'), smi: [23028, indexed(11936596414, 31700982425, 48548963930)] }),
  gpu(D, 'a10g', 'NVIDIA A10G', 24, 600, {
    source: 'https://aws.amazon.com/ec2/instance-types/g5/', smi: [23028, MODAL],
    note: 'the AWS g5 card (Modal lists it as "A10"); NVIDIA publishes no page; bandwidth as the A10',
  }),
  gpu(D, 'a16', 'NVIDIA A16 (one of its four GPUs)', 16, 200, { family: 'NVIDIA A16', source: DC('products/a16-gpu') }),
  gpu(D, 'a30', 'NVIDIA A30', 24, 933, { source: DC('products/a30-gpu'), smi: [24576, indexed(32194825337, 530086085)] }),
  gpu(D, 'a40', 'NVIDIA A40', 48, 696, { source: DC('a40'), smi: [46068, indexed(54906280194)] }),
  gpu(D, 'l4', 'NVIDIA L4', 24, 300, { source: DC('l4'), smi: [23034, MODAL] }),
  gpu(D, 'l40', 'NVIDIA L40', 48, 864, { source: DC('l40'), smi: [46068, indexed(60430572081)] }),
  gpu(D, 'l20', 'NVIDIA L20', 48, 864, { source: 'https://www.nvidia.cn/data-center/', note: 'China-market Ada board; memory and bandwidth as the L40\'s' }),
  gpu(D, 'l40s', 'NVIDIA L40S', 48, 864, { source: DC('l40s'), smi: [46068, MODAL] }),
  gpu(D, 'a100-40g', 'NVIDIA A100 40GB', 40, 1555, {
    names: ['A100 SXM4', 'A100 PCIe'], exact: ['NVIDIA A100-SXM4-40GB', 'NVIDIA A100-PCIE-40GB'], smi: [40960, MODAL],
  }),
  gpu(D, 'a100-80g-pcie', 'NVIDIA A100 PCIe 80GB', 80, 1935, {
    family: 'NVIDIA A100', names: ['A100 PCIe'], exact: ['NVIDIA A100 80GB PCIe'],
    smi: [81920, indexed(52312966986, 70134548379, 5654939420)],
  }),
  // the HGX/DGX board clouds rent: "A100" alone means it (this table's a100-80g since its first version)
  gpu(D, 'a100-80g', 'NVIDIA A100 SXM4 80GB', 80, 2039, {
    family: 'NVIDIA A100', names: ['A100 SXM4', 'A100 SXM'], exact: ['NVIDIA A100-SXM4-80GB'], smi: [81920, MODAL], common: true,
  }),
  gpu(D, 'a800', 'NVIDIA A800 SXM4 80GB', 80, 2039, {
    family: 'NVIDIA A800', source: 'https://www.nvidia.cn/data-center/a800/', smi: [81920, indexed(59889546879)],
    note: 'China-market A100; bandwidth taken as the A100 SXM4 80GB',
  }),
  gpu(D, 'h100-pcie', 'NVIDIA H100 PCIe 80GB', 80, 2000, {
    family: 'NVIDIA H100', names: ['H100 PCIe'], source: DC('h100'), smi: [81559, indexed(62197363732, 31353373741, 375550049)],
  }),
  // the HGX/DGX board: nvidia-smi names it "NVIDIA H100 80GB HBM3"
  gpu(D, 'h100', 'NVIDIA H100 SXM 80GB', 80, 3350, {
    family: 'NVIDIA H100', names: ['H100 SXM', 'H100 SXM5'], exact: ['NVIDIA H100 80GB HBM3'], source: DC('h100'), common: true,
    smi: [81559, 'https://github.com/NVIDIA/nccl/issues/1264'],
  }),
  gpu(D, 'h100-nvl', 'NVIDIA H100 NVL 94GB', 94, 3900, {
    family: 'NVIDIA H100', names: ['H100 NVL'], source: DC('h100'), smi: [95830, indexed(56777991392, 5717978066, 22207881571)],
  }),
  gpu(D, 'h800', 'NVIDIA H800 80GB', 80, 3350, {
    source: 'https://www.nvidia.cn/data-center/h800/', smi: [81559, indexed(40223502532)],
    note: 'China-market H100 SXM; bandwidth taken as the H100 SXM',
  }),
  gpu(D, 'h20', 'NVIDIA H20 96GB', 96, 4000, {
    source: 'https://www.nvidia.cn/data-center/', smi: [97871, indexed(5662067941, 69432946739, 53244009727)], verified: true,
    note: 'China-market Hopper; 4.0 TB/s from secondary spec pages (willitrunai.com/gpus/h20-96gb), no English NVIDIA page; a 141 GB "H20-3e" exists',
  }),
  gpu(D, 'h200', 'NVIDIA H200 141GB', 141, 4800, {
    source: DC('h200'), names: ['H200 SXM', 'H200 NVL'], verified: true,
    smi: [143771, indexed(6737105653, 7120582781, 55407386739, 61400290898, 71515830599)],
  }),
  gpu(D, 'gh200', 'NVIDIA GH200 96GB', 96, 4000, {
    source: DC('grace-hopper-superchip'), exact: ['NVIDIA GH200 480GB'], smi: [97871, indexed(25155291802, 40982425021)],
    note: 'the GPU half of the superchip; it also reaches the Grace CPU memory at ~500 GB/s',
  }),
  gpu(D, 'gh200-144g', 'NVIDIA GH200 144GB', 144, 4900, { source: DC('grace-hopper-superchip'), exact: ['NVIDIA GH200 144G HBM3e'] }),
  gpu(D, 'b200', 'NVIDIA B200', 180, 8000, {
    source: DC('dgx-b200'), smi: [183359, 'https://github.com/NVIDIA/TensorRT-LLM/issues/10278'],
    note: 'the driver now reports a 7680-bit bus: 7.67 TB/s at 3996 MHz (https://github.com/pytorch/ao/pull/4002)',
  }),
  // GB200 NVL72: 13.4 TB of HBM3e and 576 TB/s over its 72 Blackwell GPUs, 186 GB and 8 TB/s each
  gpu(D, 'gb200', 'NVIDIA GB200 (one Blackwell GPU)', 186, 8000, {
    family: 'NVIDIA GB200', source: DC('gb200-nvl72'), note: 'per GPU of the superchip; each Grace CPU adds LPDDR5X over NVLink-C2C',
  }),
  // nvidia-smi names it "NVIDIA B300 SXM6 AC" and prints 275,040 MiB: 268.6 GiB of the 288 GB on the label
  gpu(D, 'b300', 'NVIDIA B300', 288, 8000, {
    source: DC('dgx-b300'), names: ['Blackwell Ultra'], exact: ['NVIDIA B300 SXM6 AC'],
    smi: [275040, indexed(51978882626, 63390294774, 62548362303)],
  }),
  // Turing: Quadro RTX 6000 and 8000 are the same TU102 board with 24 and 48 GB GDDR6 (384-bit, 14 Gbps)
  gpu(W, 'quadro-rtx6000', 'NVIDIA Quadro RTX 6000', 24, 672, { source: QUADRO('rtx-6000') }),
  gpu(W, 'quadro-rtx8000', 'NVIDIA Quadro RTX 8000', 48, 672, { source: QUADRO('rtx-8000') }),
  // Pascal: 16 GB GDDR5X on a 256-bit bus
  gpu(W, 'quadro-p5000', 'NVIDIA Quadro P5000', 16, 288, { source: QUADRO('quadro-desktop-gpus') }),
  gpu(W, 'rtx-a2000', 'NVIDIA RTX A2000 6GB', 6, 288, { source: WS('rtx-a2000') }),
  gpu(W, 'rtx-a2000-12g', 'NVIDIA RTX A2000 12GB', 12, 288, { source: WS('rtx-a2000') }),
  gpu(W, 'rtx-a4000', 'NVIDIA RTX A4000', 16, 448, { source: WS('rtx-a4000') }),
  gpu(W, 'rtx-a4500', 'NVIDIA RTX A4500', 20, 640, { source: WS('rtx-a4500') }),
  gpu(W, 'rtx-a5000', 'NVIDIA RTX A5000', 24, 768, { source: WS('rtx-a5000') }),
  gpu(W, 'rtx-a6000', 'NVIDIA RTX A6000', 48, 768, { smi: [49140, indexed(51847720169, 69699966269, 54054618986)] }),
  gpu(W, 'rtx2000-ada', 'NVIDIA RTX 2000 Ada', 16, 224, { source: WS('rtx-2000') }),
  gpu(W, 'rtx4000-ada', 'NVIDIA RTX 4000 Ada', 20, 360, { source: WS('rtx-4000') }),
  gpu(W, 'rtx4000-sff-ada', 'NVIDIA RTX 4000 SFF Ada', 20, 280, { source: WS('rtx-4000-sff') }),
  gpu(W, 'rtx4500-ada', 'NVIDIA RTX 4500 Ada', 24, 432, { source: WS('rtx-4500') }),
  gpu(W, 'rtx5000-ada', 'NVIDIA RTX 5000 Ada', 32, 576, { source: WS('rtx-5000') }),
  gpu(W, 'rtx6000-ada', 'NVIDIA RTX 6000 Ada', 48, 960, {
    source: WS('rtx-6000'), names: ['RTX 6000 Ada Generation'], smi: [49140, indexed(4018585421, 28227147038, 67554573141)],
  }),
  gpu(W, 'rtx-pro-6000', 'NVIDIA RTX PRO 6000 Blackwell', 96, 1792, {
    source: 'https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000/',
    names: ['RTX PRO 6000', 'PRO 6000 Blackwell', 'RTX PRO 6000 Max-Q', 'RTX PRO 6000 Blackwell Max-Q'],
    exact: ['NVIDIA RTX PRO 6000 Blackwell Workstation Edition', 'NVIDIA RTX PRO 6000 Blackwell Server Edition', 'NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition'],
    smi: [97887, indexed(40638937359, 60698112702, 56325051947)], note: 'Workstation, Max-Q and Server editions: the same memory',
  }),
  gpu(SHARED, 'dgx-spark', 'NVIDIA DGX Spark 128GB', 128, 273, {
    family: 'NVIDIA DGX Spark', names: ['GB10', 'ASUS Ascent GX10'], source: 'https://www.nvidia.com/en-us/products/workstations/dgx-spark/',
    smi: [122570, 'https://blog.kubesimplify.com/day-3-the-dgx-spark-unpacked-gb10-unified-memory-sm-121-and-the-one-reason-this-hardware-exists'],
    verified: true, note: 'CUDA deviceQuery total (nvidia-smi shows N/A on GB10); 273 GB/s per https://ai-infrastructure.net/dgx-spark/',
  }),
  // LPDDR5 at 6400 MT/s on a 256-bit (AGX) or 128-bit (NX) bus
  // "Jetson Orin" alone names every Orin module (Nano 4 GB to AGX 64 GB); the smallest, a 4 GB Nano at 34 GB/s,
  // would say nothing fits. It takes the AGX Orin 64GB, the module in the Jetson AGX Orin Developer Kit NVIDIA
  // sells (the 2022 kit had 32 GB), and warns it assumed so. "AGX Orin" alone still takes the smaller 32 GB.
  gpu(SHARED, 'jetson-agx-orin-32g', 'NVIDIA Jetson AGX Orin 32GB', 32, fromBus(256, 6.4), { names: ['AGX Orin', JETSON_ORIN] }),
  gpu(SHARED, 'jetson-agx-orin', 'NVIDIA Jetson AGX Orin 64GB', 64, fromBus(256, 6.4), {
    names: ['AGX Orin', JETSON_ORIN, 'Jetson AGX Orin Developer Kit'], defaultOf: [JETSON_ORIN],
    source: 'https://www.nvidia.com/en-us/autonomous-machines/embedded-systems/jetson-orin/',
  }),
  gpu(SHARED, 'jetson-orin-nx-8g', 'NVIDIA Jetson Orin NX 8GB', 8, fromBus(128, 6.4), { names: ['Orin NX', JETSON_ORIN] }),
  gpu(SHARED, 'jetson-orin-nx', 'NVIDIA Jetson Orin NX 16GB', 16, fromBus(128, 6.4), { names: ['Orin NX', JETSON_ORIN] }),
  gpu(SHARED, 'jetson-orin-nano-4g', 'NVIDIA Jetson Orin Nano 4GB', 4, 34, {
    names: ['Orin Nano', JETSON_ORIN], note: 'half the 8 GB module: a 64-bit bus (https://www.scribd.com/document/673174036/Orin-nano-datasheet)',
  }),
  // the Developer Kit is the 8 GB module; 68 GB/s stock, 102 GB/s in JetPack 6.1's "Super" mode
  gpu(SHARED, 'jetson-orin-nano', 'NVIDIA Jetson Orin Nano 8GB', 8, 68, {
    common: true, verified: true, names: ['Orin Nano', JETSON_ORIN],
    note: '128-bit LPDDR5; 102 GB/s in Super mode (https://www.brojogopalsapui.com/ai-foundations/sub_contents/AI_hardware/jetson_orin_nano_light.html)',
  }),
];
