// SPDX-License-Identifier: GPL-3.0-or-later
// The 74 data centres of Epoch AI's Frontier Data Centers Hub as exported in July 2026: name,
// Country and Address columns, verbatim. Epoch AI, 'Frontier Data Centers Hub', epoch.ai/data/
// data-centers, CC BY 4.0.
#pragma once

namespace atlas::test {

struct EpochAddress
{
    const char* name;
    const char* country;
    const char* address;
};

inline constexpr EpochAddress kEpochAddresses[] = {
    {"Colossus 2", "United States", "5420 Tulane Rd, Memphis, TN 38109"},
    {"Microsoft Fairwater Atlanta", "United States", "1435 Hwy 54 W, Fayetteville, GA 30214"},
    {"Meta Prometheus", "United States", "1 Community Cir, New Albany, OH 43054"},
    {"Anthropic-Amazon New Carlisle", "United States",
     "55001 Larrison Blvd, New Carlisle, IN 46552"},
    {"OpenAI Stargate Abilene", "United States", "5502 Spinks Rd, Abilene, TX 79601"},
    {"Microsoft Fairwater Wisconsin", "United States", "4800 90th St, Mount Pleasant, WI 53403"},
    {"Google Columbus", "United States", "5076 S High St, Columbus, OH 43207"},
    {"Google New Albany", "United States", "1101 Beech Rd SW, New Albany, OH 43054"},
    {"Google Council Bluffs (East)", "United States", "10410 Bunge Ave, Council Bluffs, IA 51503"},
    {"Google Lincoln", "United States", "5475 Cloud Ct, Lincoln, NE 68514"},
    {"DayOne Nusajaya", "Malaysia", ""},
    {"Colossus 1", "United States", "3231 Riverport Rd, Memphis, TN 38109"},
    {"Google Omaha", "United States", "11110 State St, Omaha, NE 68142"},
    {"CoreWeave Denton TX", "United States", "8171 Jim Christal Rd, Denton, TX 76207"},
    {"QTS Richmond 1", "United States", "6000 Technology Blvd, Sandston, VA 23150"},
    {"Meta Rosemount", "United States", "1772-2396 145th St, Rosemount, MN 55068, USA"},
    {"Amazon Madison Mega Site", "United States",
     "Amazon Data Services Inc, Madison Mega Site Nissan Parkway and Highway 22 Canton, "
     "Mississippi Madison County"},
    {"Microsoft Goodyear", "United States", "14250 W Broadway Rd, Goodyear, AZ 85338"},
    {"Meta Jeffersonville", "United States", "500 8th St, Jeffersonville, IN 47130, USA"},
    {"Google The Dalles", "United States", "3500 River Rd, The Dalles, OR"},
    {"Google Midlothian", "United States", "3250 Railport Parkway, Midlothian, TX 76065"},
    {"QTS Richmond 2", "United States", "6030–6070 Technology Blvd, Sandston, VA 23150"},
    {"QTS Richmond 3", "United States", "3525–3543 Portugee Rd, Sandston, VA 23150"},
    {"Meta Montgomery", "United States", "Co Rd 42, Montgomery, AL 36105, USA"},
    {"Meta Kuna", "United States", "601 Kuna Mora Rd,  Kuna ID 83634"},
    {"Meta Temple", "United States", "2310 Eberhardt Rd, Temple, TX 76504"},
    {"Amazon Ridgeland", "United States", "1626 County Line Road Ridgeland, Mississippi"},
    {"Meta Aiken", "United States", "7601 State Hwy 105, Trenton, SC 29847, USA"},
    {"Coreweave Helios", "United States", "984 County Road 112, Afton, TX 79220"},
    {"Google Arcola", "United States", "42575 Arcola Blvd, Sterling, VA 20166"},
    {"Microsoft Project Osmium", "United States", "5855 SW Kerry St, Cumming, IA 50061"},
    {"Google Storey County", "United States", ""},
    {"Meta Eagle Mountain", "United States", "1275 N Community Cir, Eagle Mountain, UT 84005"},
    {"Fluidstack Lake Mariner", "United States", "7725 Lake Rd, Barker, NY 14012"},
    {"Google Lancaster", "United States", "105 Whiley Rd, Lancaster, OH 43130"},
    {"Google Mesa", "United States", ""},
    {"Google Waltham Cross", "United Kingdom",
     "Land at Maxwell's Farm West, Great Cambridge Road, Cheshunt, EN8 8XH"},
    {"Huawei Horinger", "China", "Huawei, Horinger, China"},
    {"VNET Bayin Ulanqab", "China", "Bayin, Ulanqab, China"},
    {"Google Red Oak", "United States", "330 Austin Blvd, Red Oak, TX 75154"},
    {"Meta Gallatin", "United States", "1 Meta Lp, Gallatin, TN 37066"},
    {"Meta Los Lunas", "United States", "4250 Messenger Lp, Los Lunas, NM 87031"},
    {"CoreWeave Ellendale ND", "United States", "9685 87th Ave SE, Ellendale, ND 58436"},
    {"CoreWeave Chester VA", "United States", "1401 Meadowville Technology Parkway, Chester, VA"},
    {"Oracle Batam", "Indonesia", ""},
    {"Google Papillion", "United States",
     "14651-15249 Gold Coast Rd 68138 Papillion Nebraska, USA"},
    {"CoreWeave Marble NC", "United States", "155 Palmer Ln, Marble, NC 28905"},
    {"Microsoft SAT40", "United States", "15000 Lambda Drive, San Antonio, TX 78245"},
    {"STACK Infrastructure NVA02", "United States", "9590 Hornbaker Rd, Manassas, VA 20109"},
    {"Stream Phoenix", "United States", "2950 S. Litchfield Road"},
    {"Microsoft SAT14", "United States", "3545 Wiseman Boulevard, San Antonio, TX 78251"},
    {"Vantage TX1", "United States", "14720 Omicron Dr, San Antonio, TX 78245"},
    {"CoreWeave Dalton 1 & 2", "United States", "2205 Industrial South Rd, Dalton, GA, 30721"},
    {"Alibaba Zhangbei", "China",
     "Alibaba Zhangbei Yun Calculation Data Center, Zhangbei County, Zhangjiakou, Hebei, China, "
     "076471"},
    {"Start Campus Sines Data Campus", "Portugal",
     "Start Campus - Sustainable Data Center Services, Sines, Portugal"},
    {"Google Pryor (North)", "United States", "4581 Webb St, Pryor, OK 74361"},
    {"CoreWeave Muskogee OK", "United States", "1525 W 43rd St S, Muskogee, OK 74401, USA"},
    {"Crusoe Abilene Expansion", "United States", "5502 Spinks Rd, Abilene, TX 79601"},
    {"Goodnight", "United States", "10001 Lima Rd, Claude, TX 79019"},
    {"Google Cedar Rapids", "United States", "5800 EDGEWOOD RD SW CEDAR RAPIDS, IA 52404"},
    {"Google Fort Wayne", "United States", "6015 Adams Center Road, Fort Wayne, IN 46806"},
    {"Google Kansas City East", "United States", ""},
    {"Meta Cheyenne", "United States", "Cheyenne, WY 82007, USA"},
    {"Meta Hyperion", "United States", "Holly Ridge, LA 71269"},
    {"Meta Sarpy", "United States", "14436-14998 Fairview Rd, Springfield, NE 68059, USA"},
    {"OpenAI Stargate Lordstown", "United States", "2300 Hallock Young Rd, Warren, OH 44481"},
    {"OpenAI Stargate Michigan", "United States", ""},
    {"OpenAI Stargate Milam", "United States", ""},
    {"OpenAI Stargate New Mexico", "United States", ""},
    {"OpenAI Stargate Shackelford", "United States",
     "175 Private Road 1604, Abilene, TX 79601, Shackelford County"},
    {"OpenAI Stargate UAE", "United Arab Emirates",
     "Nexus L&T Project Office, Al Bihouth, Al Dhafrah, Abu Dhabi, United Arab Emirates"},
    {"OpenAI Stargate Wisconsin", "United States", ""},
    {"QTS Cedar Rapids", "United States", "6200 76th Ave SW, Fairfax, IA 52228"},
    {"Southgate Melbourne", "Australia", ""},
};

} // namespace atlas::test
