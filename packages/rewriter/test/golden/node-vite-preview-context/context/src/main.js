document.querySelector("#app").textContent = "shop";
